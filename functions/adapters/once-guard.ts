// Acting once on something delivered at least once (an alert for an event): the key is leased before the action
// and marked done only after it succeeded, so a failed send is retried by the next delivery and a successful one
// is never repeated. A lease left by a crashed attempt expires and the next delivery takes it over.
import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from './dynamodb.ts';

export interface OnceGuard {
  /**
   * Runs `action` unless it already ran for `key` (or runs right now elsewhere); true when it ran here. When the
   * action throws, nothing is marked and the error goes on, so that the delivery is retried.
   */
  once(key: string, nowMs: number, action: () => Promise<unknown>): Promise<boolean>;
}

const LEASE_SECONDS = 120;
const KEEP_DONE_SECONDS = 90 * 24 * 3600;

export function makeOnceGuard({
  client,
  tableName,
}: {
  client: DynamoDBDocumentClient;
  tableName: string;
}): OnceGuard {
  const itemKey = (key: string) => ({ pk: `ONCE#${key}`, sk: 'ONCE' });
  return {
    async once(key, nowMs, action) {
      const now = Math.floor(nowMs / 1000);
      const leaseUntil = now + LEASE_SECONDS;
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...itemKey(key), state: 'running', expiresAt: leaseUntil },
            // Free, or a lease (or a done mark past its keeping time) that ran out.
            ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
            ExpressionAttributeValues: { ':now': now },
          }),
        );
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
      try {
        await action();
      } catch (error) {
        await client
          .send(
            new DeleteCommand({
              TableName: tableName,
              Key: itemKey(key),
              ConditionExpression: '#state = :running AND expiresAt = :lease',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: { ':running': 'running', ':lease': leaseUntil },
            }),
          )
          .catch((release: unknown) => {
            if (!isConditionFailure(release)) throw release;
          });
        throw error;
      }
      await client.send(
        new UpdateCommand({
          TableName: tableName,
          Key: itemKey(key),
          UpdateExpression: 'SET #state = :done, expiresAt = :keep',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':done': 'done', ':keep': now + KEEP_DONE_SECONDS },
        }),
      );
      return true;
    },
  };
}
