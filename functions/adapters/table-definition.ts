// The single table's key schema and due index, defined once for the CDK stack and
// the local runtime (docs/data-model.md).
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const tableKeys = { partitionKey: 'pk', sortKey: 'sk' } as const;
export const dueIndex = { name: 'due', partitionKey: 'dueShard', sortKey: 'dueKey', shards: 32 } as const;
export const expiryAttribute = 'expiresAt';

export function createTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: tableKeys.partitionKey, AttributeType: 'S' },
      { AttributeName: tableKeys.sortKey, AttributeType: 'S' },
      { AttributeName: dueIndex.partitionKey, AttributeType: 'S' },
      { AttributeName: dueIndex.sortKey, AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: tableKeys.partitionKey, KeyType: 'HASH' },
      { AttributeName: tableKeys.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: dueIndex.name,
        KeySchema: [
          { AttributeName: dueIndex.partitionKey, KeyType: 'HASH' },
          { AttributeName: dueIndex.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
    ],
  };
}

/** The due-index shard of a licence: a stable hash of its number, so one licence always lands in one shard. */
export function dueShardOf(licenceNumber: string): string {
  let hash = 2166136261;
  for (const char of licenceNumber) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return `DUE#${String(hash % dueIndex.shards).padStart(2, '0')}`;
}

export const allDueShards = (): string[] =>
  Array.from({ length: dueIndex.shards }, (_, shard) => `DUE#${String(shard).padStart(2, '0')}`);
