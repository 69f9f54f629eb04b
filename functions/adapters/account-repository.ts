// Accounts (keyed by the user pool's `sub`) and the link of a licence to one account.
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { LicenceFormat } from '../../domain/licence-record/index.ts';
import { conditionally } from './dynamodb.ts';

export type IdentityProvider = 'email' | 'franceconnect';

/** `verified`: FranceConnect asserted the holder's identity; `declared`: an e-mail account stated it. */
export type Assurance = 'verified' | 'declared';

export interface Account {
  accountId: string;
  identityProvider: IdentityProvider;
  email?: string;
  licence?: { licenceNumber: string; format: LicenceFormat; linkedAt: string; assurance: Assurance };
  /** SHA-256 of the calendar feed's secret token: only the current one opens the feed. */
  calendarFeedHash?: string;
  /** The key of the calendar's event ids: stable for the account, unknown outside the server. */
  calendarUidKey?: string;
}

/** The one item that says who holds a licence: reads and writes check it, never the account alone. */
export interface LicenceLink {
  licenceNumber: string;
  accountId: string;
  linkedAt: string;
  assurance: Assurance;
}

/**
 * The link that confirms the account's licence, or undefined when the account's claim is stale: the LINK item
 * decides, so a released link, or a declared one a FranceConnect match displaced, is gone at once.
 */
export function confirmedLink(
  account: Account | undefined,
  link: LicenceLink | undefined,
): LicenceLink | undefined {
  const claimed = account?.licence?.licenceNumber;
  return claimed !== undefined && link?.licenceNumber === claimed && link.accountId === account?.accountId
    ? link
    : undefined;
}

export interface AccountRepository {
  get(accountId: string): Promise<Account | undefined>;
  save(account: Account): Promise<void>;
  getLink(licenceNumber: string): Promise<LicenceLink | undefined>;
  /**
   * Writes `link` if the licence's link is still exactly `expected` (null: no link at all), in one conditional
   * write; false when another request changed it first.
   */
  claimLink(link: LicenceLink, expected: LicenceLink | null): Promise<boolean>;
  releaseLink(licenceNumber: string, accountId: string): Promise<void>;
  delete(accountId: string): Promise<void>;
  /** Removes the account's licence if it is still `licenceNumber` (a displaced or released link). */
  forgetLicence(accountId: string, licenceNumber: string): Promise<void>;
}

export const accountKey = (accountId: string) => ({ pk: `ACCOUNT#${accountId}`, sk: 'ACCOUNT' });
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
      return {
        licenceNumber,
        accountId: String(Item.accountId),
        linkedAt: String(Item.linkedAt),
        // Links made before assurance levels were all made by a stated identity or a FranceConnect match.
        assurance: Item.assurance === 'verified' ? 'verified' : 'declared',
      };
    },

    claimLink(link, expected) {
      return conditionally(
        client.send(
          new PutCommand({
            TableName: tableName,
            Item: {
              ...linkKey(link.licenceNumber),
              accountId: link.accountId,
              linkedAt: link.linkedAt,
              assurance: link.assurance,
            },
            ...(expected === null
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : {
                  ConditionExpression: 'accountId = :owner AND linkedAt = :linkedAt',
                  ExpressionAttributeValues: { ':owner': expected.accountId, ':linkedAt': expected.linkedAt },
                }),
          }),
        ),
      );
    },

    async releaseLink(licenceNumber, accountId) {
      // Already released or moved on: nothing of this account's is left to remove.
      await conditionally(
        client.send(
          new DeleteCommand({
            TableName: tableName,
            Key: linkKey(licenceNumber),
            ConditionExpression: 'accountId = :me',
            ExpressionAttributeValues: { ':me': accountId },
          }),
        ),
      );
    },

    async delete(accountId) {
      await client.send(new DeleteCommand({ TableName: tableName, Key: accountKey(accountId) }));
    },

    async forgetLicence(accountId, licenceNumber) {
      // Already released or moved on: nothing of this account's is left to remove.
      await conditionally(
        client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: accountKey(accountId),
            UpdateExpression: 'REMOVE #licence',
            ConditionExpression: '#licence.licenceNumber = :licenceNumber',
            ExpressionAttributeNames: { '#licence': 'licence' },
            ExpressionAttributeValues: { ':licenceNumber': licenceNumber },
          }),
        ),
      );
    },
  };
}
