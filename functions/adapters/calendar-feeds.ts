// Calendar feed tokens: a 128-bit secret per account, stored only as its SHA-256, so that a leaked table gives
// no working address. The account item points at its one current token; a token the account no longer points at
// opens nothing, even before its own item is deleted.
import { createHash, randomBytes } from 'node:crypto';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { accountKey } from './account-repository.ts';
import { isConditionFailure } from './dynamodb.ts';

export interface CalendarFeeds {
  /** A new token for the account; the previous one stops working. */
  create(accountId: string, now: Date): Promise<string>;
  revoke(accountId: string): Promise<void>;
  /** The account a token opens, or undefined for an unknown or revoked token. */
  accountOf(token: string): Promise<string | undefined>;
  /** The account's event-id key, made on first use. */
  uidKey(accountId: string): Promise<string>;
}

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const feedKey = (hash: string) => ({ pk: `CALFEED#${hash}`, sk: 'FEED' });

export function makeCalendarFeeds({
  client,
  tableName,
}: {
  client: DynamoDBDocumentClient;
  tableName: string;
}): CalendarFeeds {
  /** Points the account at `hash` (or at nothing) and answers the hash it pointed at before. */
  async function repoint(accountId: string, hash: string | undefined): Promise<string | undefined> {
    try {
      const { Attributes } = await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: accountKey(accountId),
          UpdateExpression: hash ? 'SET calendarFeedHash = :hash' : 'REMOVE calendarFeedHash',
          ConditionExpression: 'attribute_exists(pk)',
          ...(hash ? { ExpressionAttributeValues: { ':hash': hash } } : {}),
          ReturnValues: 'UPDATED_OLD',
        }),
      );
      const previous: unknown = Attributes?.calendarFeedHash;
      return typeof previous === 'string' ? previous : undefined;
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  const forget = (hash: string | undefined) =>
    hash ? client.send(new DeleteCommand({ TableName: tableName, Key: feedKey(hash) })) : Promise.resolve();

  return {
    async create(accountId, now) {
      const token = randomBytes(16).toString('base64url');
      const hash = hashOf(token);
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...feedKey(hash), accountId, createdAt: now.toISOString() },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      await forget(await repoint(accountId, hash));
      return token;
    },

    async revoke(accountId) {
      await forget(await repoint(accountId, undefined));
    },

    async accountOf(token) {
      const hash = hashOf(token);
      const { Item: feed } = await client.send(
        new GetCommand({ TableName: tableName, Key: feedKey(hash), ConsistentRead: true }),
      );
      const accountId: unknown = feed?.accountId;
      if (typeof accountId !== 'string') return undefined;
      const { Item: account } = await client.send(
        new GetCommand({ TableName: tableName, Key: accountKey(accountId), ConsistentRead: true }),
      );
      return account?.calendarFeedHash === hash ? accountId : undefined;
    },

    async uidKey(accountId) {
      const { Attributes } = await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: accountKey(accountId),
          UpdateExpression: 'SET calendarUidKey = if_not_exists(calendarUidKey, :key)',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':key': randomBytes(16).toString('hex') },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return String(Attributes?.calendarUidKey);
    },
  };
}
