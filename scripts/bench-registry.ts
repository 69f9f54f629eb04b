// Prints what one registry write costs as a licence's history grows: the time of POST …/events, the size of the
// licence's aggregate item (KB, and so the write capacity units each write takes: 1 WCU per KB) and of the
// display items under it, at 10, 100, 1,000 and 2,000 events with full 200-character labels and places. The
// aggregate keeps only what the engine folds (gzipped); labels and places live in one small item per event.
// A benchmark, not a test.
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { RecordedFact } from '../domain/licence-record/index.ts';
import { makeDocumentClient } from '../functions/adapters/dynamodb.ts';
import { startApiHarness } from '../test/support/api-harness.ts';
import { aLicenceNumber, aLicenceRecord, anInfraction } from '../test/support/registry-builders.ts';
import { evidence } from './evidence.ts';

const SIZES = [10, 100, 1000, 2000];
const TIMED_WRITES = 5;
const TABLE = 'permis-points-test';
const api = await startApiHarness({ today: '2024-06-01' as never });
const registry = await api.identity.registry();
const table = makeDocumentClient({ endpoint: api.dynamoDbEndpoint });

const label = () => 'é'.repeat(200);
const place = () => 'x'.repeat(200);
// Realistic ids and hashes (random, so they do not compress away).
const fact = (): RecordedFact => ({
  type: 'infraction',
  eventId: randomUUID(),
  offenceDate: '2023-01-01' as never,
  establishedOn: '2023-01-02' as never,
  class: 'C1',
  points: 0,
  label: label(),
  place: place(),
  bodyHash: randomBytes(32).toString('base64url'),
  recordedOn: '2024-06-01' as never,
});

/** DynamoDB's item size: attribute names plus values (strings and binaries by length, numbers about 1 byte per 2 digits). */
function sizeOf(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace('.', '').length / 2) + 1;
  if (typeof value === 'boolean' || value === null || value === undefined) return 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, item) => sum + 1 + sizeOf(item), 0);
  return (
    3 +
    Object.entries(value as Record<string, unknown>).reduce(
      (sum, [key, item]) => sum + Buffer.byteLength(key) + 1 + sizeOf(item),
      0,
    )
  );
}
const itemSize = (item: Record<string, unknown>) =>
  Object.entries(item).reduce((sum, [key, value]) => sum + Buffer.byteLength(key) + sizeOf(value), 0);

async function measure(size: number): Promise<string> {
  const number = aLicenceNumber();
  await api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body: aLicenceRecord() });
  const stored = await api.api.deps.licences.get(number);
  if (!stored) throw new Error('no licence');
  const seeded = Array.from({ length: size - TIMED_WRITES }, fact);
  const outcome = await api.api.deps.licences.put(
    { ...stored, version: stored.version + 1, facts: seeded },
    stored.version,
  );
  if (outcome !== 'written') return `${String(size).padStart(5)} events  does not fit (400 KB)`;
  const times: number[] = [];
  const statuses: number[] = [];
  for (let write = 0; write < TIMED_WRITES; write += 1) {
    const body = anInfraction({
      eventId: randomUUID(),
      points: 0,
      class: 'C1',
      natinf: undefined,
      label: label(),
      place: place(),
    });
    const started = performance.now();
    const answer = await api.request('POST', `/v1/registry/licences/${number}/events`, {
      token: registry,
      body,
    });
    times.push(performance.now() - started);
    statuses.push(answer.status);
  }
  const { Item } = await table.send(
    new GetCommand({ TableName: TABLE, Key: { pk: `LICENCE#${number}`, sk: 'LICENCE' } }),
  );
  const { Items: displays = [] } = await table.send(
    new QueryCommand({
      TableName: TABLE,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :events)',
      ExpressionAttributeValues: { ':pk': `LICENCE#${number}`, ':events': 'EVENT#' },
      Limit: 1,
    }),
  );
  const kb = itemSize(Item ?? {}) / 1024;
  const displayKb = itemSize(displays[0] ?? {}) / 1024;
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
  const refused = statuses.filter((status) => status !== 201).length;
  if (size === 100 || size === 2000) {
    evidence({
      name: `write at ${size.toLocaleString('en')} events, p50`,
      value: median,
      unit: 'ms',
      goal: { at: 'most', value: size === 100 ? 50 : 150 },
      note: 'POST …/events end to end, full labels, dynalite',
    });
    evidence({
      name: `aggregate item at ${size.toLocaleString('en')} events`,
      value: kb,
      unit: 'KB',
      goal: { at: 'most', value: size === 100 ? 10 : 200 },
      note: `${Math.ceil(kb) + Math.ceil(displayKb)} WCU a write; DynamoDB refuses items over 400 KB`,
    });
  }
  return (
    `${String(size).padStart(5)} events  write p50 ${median.toFixed(1).padStart(7)} ms  ` +
    `aggregate ${kb.toFixed(1).padStart(6)} KB (${Math.ceil(kb)} WCU)  ` +
    `+ display item ${displayKb.toFixed(2)} KB (${Math.ceil(displayKb)} WCU)  = ${Math.ceil(kb) + Math.ceil(displayKb)} WCU per write` +
    (refused ? `  ${refused} not 201: ${statuses.join(',')}` : '')
  );
}

console.log(
  'registry writes by history size, full 200-character labels and places (POST …/events, dynalite)',
);
for (const size of SIZES) console.log(await measure(size));
await api.close();
