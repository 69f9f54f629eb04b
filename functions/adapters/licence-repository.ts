// Licences in the single table: one item per licence, every write conditional on
// its version (docs/data-model.md), and the due index for the daily job.
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type { AppliedChange, Correction, LicenceRecord } from '../../domain/licence-record/index.ts';
import type { Statement } from '../../domain/points/index.ts';
import type { DomainEvent } from '../../events/index.ts';
import { isConditionFailure } from './dynamodb.ts';
import { dueIndex, dueShardOf } from './table-definition.ts';

export interface StoredLicence extends LicenceRecord {
  version: number;
  computedOn: CalendarDate;
  statement: Pick<Statement, 'balance' | 'maximum' | 'status' | 'invalidatedOn'>;
  applied: AppliedChange[];
  corrections: Correction[];
  nextChangeOn: CalendarDate | null;
  unpublished: DomainEvent[];
}

/** `too-large`: the licence would pass DynamoDB's 400 KB item limit; nothing was written. */
export type WriteOutcome = 'written' | 'conflict' | 'too-large';

// DynamoDB (and dynalite) refuse an item over 400 KB with this ValidationException.
const isItemTooLarge = (error: unknown) =>
  error instanceof Error &&
  error.name === 'ValidationException' &&
  /item size has exceeded the maximum allowed size/i.test(error.message);

export interface LicenceRepository {
  get(licenceNumber: string): Promise<StoredLicence | undefined>;
  /** Writes `licence` if the stored version is still `expectedVersion` (null: the licence must not exist yet). */
  put(licence: StoredLicence, expectedVersion: number | null): Promise<WriteOutcome>;
  /** Empties the outbox of a version (unless a newer write took it over) and puts the licence back on its due date. */
  clearUnpublished(licence: Pick<StoredLicence, 'licenceNumber' | 'version' | 'nextChangeOn'>): Promise<void>;
  /** Licence numbers of one due shard whose next change falls on or before `day`. */
  findDue(shard: string, day: CalendarDate): Promise<string[]>;
}

const keyOf = (licenceNumber: string) => ({ pk: `LICENCE#${licenceNumber}`, sk: 'LICENCE' });
const dueAttributes = (licenceNumber: string, day: CalendarDate) => ({
  dueShard: dueShardOf(licenceNumber),
  dueKey: `${day}#${licenceNumber}`,
});

export function makeLicenceRepository({
  client,
  tableName,
}: {
  client: DynamoDBDocumentClient;
  tableName: string;
}): LicenceRepository {
  return {
    async get(licenceNumber) {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: keyOf(licenceNumber), ConsistentRead: true }),
      );
      if (!Item) return undefined;
      const { pk: _pk, sk: _sk, dueShard: _shard, dueKey: _due, ...licence } = Item;
      return licence as StoredLicence;
    },

    async put(licence, expectedVersion) {
      // While events wait in the outbox, the licence is due at once, so the daily job publishes them if we die.
      const dueOn = licence.unpublished.length > 0 ? licence.computedOn : licence.nextChangeOn;
      const due = dueOn === null ? {} : dueAttributes(licence.licenceNumber, dueOn);
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keyOf(licence.licenceNumber), ...licence, ...due },
            ...(expectedVersion === null
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : {
                  ConditionExpression: 'version = :seen',
                  ExpressionAttributeValues: { ':seen': expectedVersion },
                }),
          }),
        );
        return 'written';
      } catch (error) {
        if (isConditionFailure(error)) return 'conflict';
        if (isItemTooLarge(error)) return 'too-large';
        throw error;
      }
    },

    async clearUnpublished({ licenceNumber, version, nextChangeOn }) {
      const due = nextChangeOn === null ? undefined : dueAttributes(licenceNumber, nextChangeOn);
      try {
        await client.send(
          new UpdateCommand({
            TableName: tableName,
            Key: keyOf(licenceNumber),
            UpdateExpression: due
              ? 'SET unpublished = :none, dueShard = :shard, dueKey = :due'
              : 'SET unpublished = :none REMOVE dueShard, dueKey',
            ConditionExpression: 'version = :version',
            ExpressionAttributeValues: {
              ':none': [],
              ':version': version,
              ...(due ? { ':shard': due.dueShard, ':due': due.dueKey } : {}),
            },
          }),
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
    },

    async findDue(shard, day) {
      const numbers: string[] = [];
      let startKey: Record<string, unknown> | undefined;
      do {
        const page = await client.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: dueIndex.name,
            KeyConditionExpression: '#shard = :shard AND #due <= :upTo',
            ExpressionAttributeNames: { '#shard': dueIndex.partitionKey, '#due': dueIndex.sortKey },
            ExpressionAttributeValues: { ':shard': shard, ':upTo': `${day}#~` },
            ExclusiveStartKey: startKey,
          }),
        );
        for (const item of page.Items ?? []) numbers.push(String(item.pk).slice('LICENCE#'.length));
        startKey = page.LastEvaluatedKey;
      } while (startKey);
      return numbers;
    },
  };
}
