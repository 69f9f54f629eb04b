// Licences in the single table (docs/data-model.md): the aggregate the engine folds is one compact item per
// licence, every write conditional on its version; what is only shown (an infraction's label and place) lives in
// one item per fact under the same partition, written before the aggregate so that nothing is half-written; and
// the due index for the daily job.
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type {
  AppliedChange,
  Correction,
  LicenceRecord,
  RecordedFact,
} from '../../domain/licence-record/index.ts';
import type { Statement } from '../../domain/points/index.ts';
import type { DomainEvent } from '../../events/index.ts';
import { isConditionFailure, queryItems } from './dynamodb.ts';
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
  /** The aggregate: every fact as the engine reads it, without the display-only fields (label, place). */
  get(licenceNumber: string): Promise<StoredLicence | undefined>;
  /** The aggregate with the display-only fields of its facts joined back: what a history or a document shows. */
  getWithDisplay(licenceNumber: string): Promise<StoredLicence | undefined>;
  /**
   * The holder and format alone, read by projection: what linking compares. Its cost does not grow with the
   * history, so a refused link takes as long for a licence of 2,000 events as for an unknown number.
   */
  holderOf(licenceNumber: string): Promise<Pick<StoredLicence, 'holder' | 'format'> | undefined>;
  /**
   * Writes `licence` if the stored version is still `expectedVersion` (null: the licence must not exist yet). The
   * display fields of the facts that carry them are written first, one item per fact, then the aggregate.
   * `displayWritten`, shared by the attempts of one update, holds the display items already written by an
   * earlier attempt (the same fact, the same key): a retry after a conflict does not write them again.
   */
  put(
    licence: StoredLicence,
    expectedVersion: number | null,
    displayWritten?: Set<string>,
  ): Promise<WriteOutcome>;
  /** Empties the outbox of a version (unless a newer write took it over) and puts the licence back on its due date. */
  clearUnpublished(licence: Pick<StoredLicence, 'licenceNumber' | 'version' | 'nextChangeOn'>): Promise<void>;
  /** Licence numbers of one due shard whose next change falls on or before `day`. */
  findDue(shard: string, day: CalendarDate): Promise<string[]>;
}

const AGGREGATE = 'LICENCE';
const DISPLAY_PREFIX = 'EVENT#';
const partitionOf = (licenceNumber: string) => `LICENCE#${licenceNumber}`;
const keyOf = (licenceNumber: string) => ({ pk: partitionOf(licenceNumber), sk: AGGREGATE });
const dueAttributes = (licenceNumber: string, day: CalendarDate) => ({
  dueShard: dueShardOf(licenceNumber),
  dueKey: `${day}#${licenceNumber}`,
});

// The display-only fields of a fact: never read by the engine, at most 200 characters each.
const displayFields = ['label', 'place'] as const;
type Display = Partial<Record<(typeof displayFields)[number], string>>;

function displayOf(fact: RecordedFact): Display | undefined {
  const display: Display = {};
  for (const field of displayFields) {
    const value = (fact as unknown as Partial<Record<string, unknown>>)[field];
    if (typeof value === 'string' && value !== '') display[field] = value;
  }
  return Object.keys(display).length > 0 ? display : undefined;
}

// A display item is keyed by the fact's event id *and* body hash: two writers racing with different bodies for
// one event id write two items, and the aggregate's hash says which one is the fact's. Keys are ≤ 1,024 bytes
// (event ids ≤ 128 characters, hashes 43).
const displayKeyOf = (licenceNumber: string, fact: Pick<RecordedFact, 'eventId' | 'bodyHash'>) => ({
  pk: partitionOf(licenceNumber),
  sk: `${DISPLAY_PREFIX}${fact.bodyHash}#${fact.eventId}`,
});
const joinKey = (eventId: string, bodyHash: string) => `${bodyHash}#${eventId}`;

// The facts in the aggregate: one short tuple each, the whole list gzipped into one binary attribute (`history`).
// Dates and classes repeat and compress well: 2,000 facts with UUID ids take some 120 KB, not some 450 KB as maps.
type FactTuple = (string | number | null)[];

function toTuple(fact: RecordedFact): FactTuple {
  switch (fact.type) {
    case 'infraction':
      return [
        'i',
        fact.eventId,
        fact.bodyHash,
        fact.recordedOn,
        fact.offenceDate,
        fact.establishedOn,
        fact.class,
        fact.points,
        fact.group ?? null,
        fact.natinf ?? null,
      ];
    case 'course':
      return ['c', fact.eventId, fact.bodyHash, fact.recordedOn, fact.startedOn, fact.endedOn];
    case 'decision':
      return [
        'd',
        fact.eventId,
        fact.bodyHash,
        fact.recordedOn,
        fact.decision,
        fact.from,
        fact.until ?? null,
      ];
  }
}

function fromTuple(tuple: FactTuple): RecordedFact {
  const [kind, eventId, bodyHash, recordedOn, ...rest] = tuple as string[];
  const common = { eventId, bodyHash, recordedOn } as Pick<
    RecordedFact,
    'eventId' | 'bodyHash' | 'recordedOn'
  >;
  if (kind === 'i') {
    const [offenceDate, establishedOn, infractionClass, points, group, natinf] = rest as unknown[];
    return {
      type: 'infraction',
      ...common,
      offenceDate: offenceDate as CalendarDate,
      establishedOn: establishedOn as CalendarDate,
      class: infractionClass as never,
      points: points as number,
      ...(group === null ? {} : { group: group as string }),
      ...(natinf === null ? {} : { natinf: natinf as string }),
    };
  }
  if (kind === 'c') {
    const [startedOn, endedOn] = rest as CalendarDate[];
    return {
      type: 'course',
      ...common,
      startedOn: startedOn as CalendarDate,
      endedOn: endedOn as CalendarDate,
    };
  }
  const [decision, from, until] = rest as unknown[];
  return {
    type: 'decision',
    ...common,
    decision: decision as 'suspension' | 'cancellation' | 'lifted',
    from: from as CalendarDate,
    ...(until === null ? {} : { until: until as CalendarDate }),
  };
}

interface PackedHistory {
  facts: FactTuple[];
  applied: AppliedChange[];
  corrections: Correction[];
}

const pack = (licence: StoredLicence): Uint8Array =>
  gzipSync(
    JSON.stringify({
      facts: licence.facts.map(toTuple),
      applied: licence.applied,
      corrections: licence.corrections,
    } satisfies PackedHistory),
  );

const unpack = (history: Uint8Array): Pick<StoredLicence, 'facts' | 'applied' | 'corrections'> => {
  const packed = JSON.parse(gunzipSync(history).toString('utf8')) as PackedHistory;
  return { facts: packed.facts.map(fromTuple), applied: packed.applied, corrections: packed.corrections };
};

/** The licence an aggregate item holds; items written before the split (facts as maps, labels inline) read as-is. */
function licenceOf(item: Record<string, unknown>): StoredLicence {
  const { pk: _pk, sk: _sk, dueShard: _shard, dueKey: _due, history, ...rest } = item;
  if (history instanceof Uint8Array) return { ...(rest as Omit<StoredLicence, 'facts'>), ...unpack(history) };
  return rest as unknown as StoredLicence;
}

const BATCH = 25;

export function makeLicenceRepository({
  client,
  tableName,
}: {
  client: DynamoDBDocumentClient;
  tableName: string;
}): LicenceRepository {
  /** Sends puts or deletes 25 at a time, sending again what DynamoDB left unprocessed. */
  async function batchWrite(requests: Record<string, unknown>[]) {
    for (let start = 0; start < requests.length; start += BATCH) {
      let pending: Record<string, unknown>[] | undefined = requests.slice(start, start + BATCH);
      for (let attempt = 0; pending && pending.length > 0; attempt += 1) {
        if (attempt > 0)
          await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 20 * 2 ** attempt)));
        const answer: BatchWriteCommandOutput = await client.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: pending } }),
        );
        pending = answer.UnprocessedItems?.[tableName];
      }
    }
  }

  async function getAggregate(licenceNumber: string) {
    const { Item } = await client.send(
      new GetCommand({ TableName: tableName, Key: keyOf(licenceNumber), ConsistentRead: true }),
    );
    return Item ? licenceOf(Item) : undefined;
  }

  /** After a refused write: the display items it wrote whose fact the stored aggregate does not hold. */
  async function removeUnrecorded(
    licenceNumber: string,
    written: { sk: string; eventId: string; bodyHash: string }[],
  ) {
    if (written.length === 0) return;
    const stored = await getAggregate(licenceNumber);
    const recorded = new Set(stored?.facts.map((fact) => joinKey(fact.eventId, fact.bodyHash)));
    const orphans = written.filter((item) => !recorded.has(joinKey(item.eventId, item.bodyHash)));
    await batchWrite(
      orphans.map(({ sk }) => ({ DeleteRequest: { Key: { pk: partitionOf(licenceNumber), sk } } })),
    );
  }

  return {
    get: getAggregate,
    async holderOf(licenceNumber) {
      const { Item } = await client.send(
        new GetCommand({
          TableName: tableName,
          Key: keyOf(licenceNumber),
          ConsistentRead: true,
          ProjectionExpression: 'holder, #format',
          ExpressionAttributeNames: { '#format': 'format' },
        }),
      );
      return Item ? (Item as Pick<StoredLicence, 'holder' | 'format'>) : undefined;
    },

    async getWithDisplay(licenceNumber) {
      // The aggregate first: every display item of a fact it holds was written before it, so the query sees them.
      const licence = await getAggregate(licenceNumber);
      if (!licence || !licence.facts.some((fact) => displayOf(fact) === undefined)) return licence;
      const displays = new Map<string, Display>();
      for await (const item of queryItems(client, {
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': partitionOf(licenceNumber), ':prefix': DISPLAY_PREFIX },
        ConsistentRead: true,
      }))
        displays.set(joinKey(String(item.eventId), String(item.bodyHash)), item.display as Display);
      // Items no fact names (a write that lost its race, or was refused) are simply not shown.
      return {
        ...licence,
        facts: licence.facts.map((fact) => {
          const display = displayOf(fact) ? undefined : displays.get(joinKey(fact.eventId, fact.bodyHash));
          return display ? { ...fact, ...display } : fact;
        }),
      };
    },

    async put(licence, expectedVersion, displayWritten = new Set()) {
      // 1. The display items, idempotent by event id and body hash: if we die now, they are orphans no fact
      // names, harmless, and the retry writes them again.
      const displayItems = licence.facts.flatMap((fact) => {
        const display = displayOf(fact);
        return display && !displayWritten.has(displayKeyOf(licence.licenceNumber, fact).sk)
          ? [
              {
                ...displayKeyOf(licence.licenceNumber, fact),
                eventId: fact.eventId,
                bodyHash: fact.bodyHash,
                display,
              },
            ]
          : [];
      });
      await batchWrite(displayItems.map((Item) => ({ PutRequest: { Item } })));
      for (const { sk } of displayItems) displayWritten.add(sk);
      // 2. The aggregate, in one conditional write: this is the moment the facts are recorded.
      // While events wait in the outbox, the licence is due at once, so the daily job publishes them if we die.
      const dueOn = licence.unpublished.length > 0 ? licence.computedOn : licence.nextChangeOn;
      const due = dueOn === null ? {} : dueAttributes(licence.licenceNumber, dueOn);
      const { facts: _facts, applied: _applied, corrections: _corrections, ...rest } = licence;
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...keyOf(licence.licenceNumber), ...rest, history: pack(licence), ...due },
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
        if (isItemTooLarge(error)) {
          for (const { sk } of displayItems) displayWritten.delete(sk);
          await removeUnrecorded(licence.licenceNumber, displayItems);
          return 'too-large';
        }
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
      for await (const item of queryItems(client, {
        TableName: tableName,
        IndexName: dueIndex.name,
        KeyConditionExpression: '#shard = :shard AND #due <= :upTo',
        ExpressionAttributeNames: { '#shard': dueIndex.partitionKey, '#due': dueIndex.sortKey },
        ExpressionAttributeValues: { ':shard': shard, ':upTo': `${day}#~` },
      }))
        numbers.push(String(item.pk).slice('LICENCE#'.length));
      return numbers;
    },
  };
}
