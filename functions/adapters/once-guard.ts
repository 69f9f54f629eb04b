// Remembers that something was done (a notification sent for an event), so an
// event delivered twice is acted on once.
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from './dynamodb.ts';

export interface OnceGuard {
  /** True the first time `key` is claimed, false ever after (until `ttlSeconds` pass). */
  claim(key: string, nowMs: number, ttlSeconds?: number): Promise<boolean>;
}

export function makeOnceGuard({
  client,
  tableName,
}: {
  client: DynamoDBDocumentClient;
  tableName: string;
}): OnceGuard {
  return {
    async claim(key, nowMs, ttlSeconds = 90 * 24 * 3600) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { pk: `ONCE#${key}`, sk: 'ONCE', expiresAt: Math.ceil(nowMs / 1000) + ttlSeconds },
            ConditionExpression: 'attribute_not_exists(pk) OR expiresAt < :now',
            ExpressionAttributeValues: { ':now': Math.floor(nowMs / 1000) },
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };
}
