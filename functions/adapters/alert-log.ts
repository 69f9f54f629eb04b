// The alerts an account received: one item per message sent, in the account's partition, kept a year (DynamoDB's
// TTL sweeps it after). The alerts consumer writes it once the message went out; the Account page lists it; the
// account's deletion takes it with it.
import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryItems } from './dynamodb.ts';

export interface ReceivedAlert {
  /** When it was sent (ISO 8601). */
  sentAt: string;
  channel: 'email';
  /** What it is about (`letter-48M`, `points-restored`, `link-displaced`…). */
  kind: string;
  subject: string;
  text: string;
}

export interface AlertLog {
  /**
   * Records an alert sent to the account. `key` names the message (the event and its index) and `occurredAt` its
   * event's time: a retried send of the same message rewrites the same item.
   */
  record(
    accountId: string,
    alert: ReceivedAlert,
    message: { key: string; occurredAt: string },
  ): Promise<void>;
  /** The account's alerts, newest first, at most `limit`. */
  list(accountId: string, now: Date, limit: number): Promise<ReceivedAlert[]>;
  /** Forgets every alert of the account. */
  forget(accountId: string): Promise<void>;
}

const KEEP_SECONDS = 366 * 24 * 3600;
const PREFIX = 'ALERT#';

export function makeAlertLog({
  client,
  tableName,
}: {
  client: DynamoDBDocumentClient;
  tableName: string;
}): AlertLog {
  const partition = (accountId: string) => `ACCOUNT#${accountId}`;
  /** The query of the account's alerts, oldest first unless told otherwise. */
  const alertsOf = (accountId: string) => ({
    TableName: tableName,
    KeyConditionExpression: 'pk = :account AND begins_with(sk, :alerts)',
    ExpressionAttributeValues: { ':account': partition(accountId), ':alerts': PREFIX },
  });

  async function keysOf(accountId: string): Promise<{ pk: string; sk: string }[]> {
    const keys: { pk: string; sk: string }[] = [];
    for await (const item of queryItems(client, { ...alertsOf(accountId), ProjectionExpression: 'pk, sk' }))
      keys.push({ pk: String(item.pk), sk: String(item.sk) });
    return keys;
  }

  return {
    async record(accountId, alert, { key, occurredAt }) {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: {
            pk: partition(accountId),
            // Ordered by the event's time, then the message: a page of the newest is one query.
            sk: `${PREFIX}${occurredAt}#${key}`,
            ...alert,
            expiresAt: Math.floor(Date.parse(alert.sentAt) / 1000) + KEEP_SECONDS,
          },
        }),
      );
    },

    async list(accountId, now, limit) {
      const alerts: ReceivedAlert[] = [];
      const nowSeconds = Math.floor(now.getTime() / 1000);
      for await (const item of queryItems(client, {
        ...alertsOf(accountId),
        ScanIndexForward: false,
        Limit: limit,
      })) {
        // Past its keeping time but not swept yet: TTL deletes within days, not at once.
        if (typeof item.expiresAt === 'number' && item.expiresAt <= nowSeconds) continue;
        const { sentAt, channel, kind, subject, text } = item as ReceivedAlert;
        alerts.push({ sentAt, channel, kind, subject, text });
        if (alerts.length === limit) return alerts;
      }
      return alerts;
    },

    async forget(accountId) {
      const keys = await keysOf(accountId);
      // A few at a time: an account receives a handful of alerts a year.
      for (let start = 0; start < keys.length; start += 10)
        await Promise.all(
          keys
            .slice(start, start + 10)
            .map((Key) => client.send(new DeleteCommand({ TableName: tableName, Key }))),
        );
    },
  };
}
