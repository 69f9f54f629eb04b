// Counts failed attempts per key (an account, a licence number) over a sliding
// window, for rate limits. Each failure is one atomic append.
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface AttemptCounter {
  /** Failures recorded for `key` within the last `windowMs` before `now` (epoch ms, oldest first). */
  recent(key: string, now: number, windowMs: number): Promise<number[]>;
  recordFailure(key: string, now: number, windowMs: number): Promise<number[]>;
}

const MAX_KEPT = 20;
const keyOf = (key: string) => ({ pk: `ATTEMPTS#${key}`, sk: 'LINK-FAILURES' });

export function makeAttemptCounter({
  client,
  tableName,
}: {
  client: DynamoDBDocumentClient;
  tableName: string;
}): AttemptCounter {
  const within = (failures: unknown, now: number, windowMs: number) =>
    (Array.isArray(failures) ? (failures as number[]) : []).filter((at) => at > now - windowMs && at <= now);
  return {
    async recent(key, now, windowMs) {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: keyOf(key), ConsistentRead: true }),
      );
      return within(Item?.failures, now, windowMs);
    },
    async recordFailure(key, now, windowMs) {
      const { Attributes } = await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: keyOf(key),
          UpdateExpression:
            'SET failures = list_append(if_not_exists(failures, :none), :now), expiresAt = :expires',
          ExpressionAttributeValues: {
            ':none': [],
            ':now': [now],
            ':expires': Math.ceil((now + windowMs) / 1000),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      const failures = within(Attributes?.failures, now, windowMs);
      if (Array.isArray(Attributes?.failures) && Attributes.failures.length > MAX_KEPT) {
        // Keep the item small: only the failures still inside the window matter.
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keyOf(key),
            UpdateExpression: 'SET failures = :kept',
            ExpressionAttributeValues: { ':kept': failures.slice(-MAX_KEPT) },
          }),
        );
      }
      return failures;
    },
  };
}
