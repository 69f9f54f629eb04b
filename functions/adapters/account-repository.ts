// Accounts (keyed by the user pool's `sub`) and the link of a licence to one account.
import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LicenceFormat } from '../../domain/licence-record/index.ts';
import { isConditionFailure } from './dynamodb.ts';

export type IdentityProvider = 'email' | 'franceconnect';

export interface Account {
  accountId: string;
  identityProvider: IdentityProvider;
  email?: string;
  licence?: { licenceNumber: string; format: LicenceFormat; linkedAt: string };
}

export interface LicenceLink {
  licenceNumber: string;
  accountId: string;
  linkedAt: string;
}

export interface AccountRepository {
  get(accountId: string): Promise<Account | undefined>;
  save(account: Account): Promise<void>;
  getLink(licenceNumber: string): Promise<LicenceLink | undefined>;
  /** Takes the link if it is free or still held by `previousOwner`; false when someone else holds it. */
  claimLink(link: LicenceLink, previousOwner: string | null): Promise<boolean>;
  releaseLink(licenceNumber: string, accountId: string): Promise<void>;
}

const accountKey = (accountId: string) => ({ pk: `ACCOUNT#${accountId}`, sk: 'ACCOUNT' });
const linkKey = (licenceNumber: string) => ({ pk: `LICENCE#${licenceNumber}`, sk: 'LINK' });

export function makeAccountRepository({
  client,
  tableName,
}: {
  client: DynamoDBDocumentClient;
  tableName: string;
}): AccountRepository {
  return {
    async get(accountId) {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: accountKey(accountId), ConsistentRead: true }),
      );
      if (!Item) return undefined;
      const { pk: _pk, sk: _sk, ...account } = Item;
      return account as Account;
    },

    async save(account) {
      await client.send(
        new PutCommand({ TableName: tableName, Item: { ...accountKey(account.accountId), ...account } }),
      );
    },

    async getLink(licenceNumber) {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: linkKey(licenceNumber), ConsistentRead: true }),
      );
      if (!Item) return undefined;
      return { licenceNumber, accountId: String(Item.accountId), linkedAt: String(Item.linkedAt) };
    },

    async claimLink(link, previousOwner) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...linkKey(link.licenceNumber), accountId: link.accountId, linkedAt: link.linkedAt },
            ...(previousOwner === null
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : {
                  ConditionExpression: 'accountId = :owner',
                  ExpressionAttributeValues: { ':owner': previousOwner },
                }),
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    async releaseLink(licenceNumber, accountId) {
      try {
        await client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: linkKey(licenceNumber),
            ConditionExpression: 'accountId = :me',
            ExpressionAttributeValues: { ':me': accountId },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },
  };
}
