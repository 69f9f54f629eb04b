// A long history as the registry and the motorist meet it: 2,000 events with full labels on one licence, the
// labels shown back, one engine run per write, parallel writers losing nothing, a write that dies half-way, the
// 422 past the store's limit with nothing stored, and licences written before the history was split.
import { randomBytes } from 'node:crypto';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordedFact } from '../../domain/licence-record/index.ts';
import type * as SimulateModule from '../../domain/points/simulate.ts';
import { makeDocumentClient } from '../../functions/adapters/dynamodb.ts';
import { startApiHarness, storeFacts, type ApiHarness } from '../support/api-harness.ts';
import { aLicenceNumber, aLicenceRecord, aSeededFact, anInfraction } from '../support/registry-builders.ts';

// Counts the runs of the one simulation behind every answer of the points engine.
const engine = vi.hoisted(() => ({ runs: 0 }));
vi.mock('../../domain/points/simulate.ts', async (importOriginal) => {
  const original = await importOriginal<typeof SimulateModule>();
  return {
    ...original,
    simulate: (...args: Parameters<typeof original.simulate>) => {
      engine.runs += 1;
      return original.simulate(...args);
    },
  };
});

let api: ApiHarness;
let registry: string;
let table: ReturnType<typeof makeDocumentClient>;
const tableName = 'permis-points-test';

beforeAll(async () => {
  api = await startApiHarness({ today: '2024-06-01' as never });
  registry = await api.identity.registry();
  table = makeDocumentClient({ endpoint: api.dynamoDbEndpoint });
});
afterAll(() => api.close());
beforeEach(() => {
  engine.runs = 0;
});

const put = (number: string, body: unknown) =>
  api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body });
const post = (number: string, body: unknown) =>
  api.request('POST', `/v1/registry/licences/${number}/events`, { token: registry, body });
const statement = (number: string) =>
  api.request('GET', `/v1/registry/licences/${number}/statement`, { token: registry });

const fullLabel = (index: number) => `${String(index).padStart(4, '0')} ${'é'.repeat(195)}`;
const fullPlace = (index: number) => `${String(index).padStart(4, '0')} ${'x'.repeat(195)}`;
const aFullEvent = (index: number, overrides: Record<string, unknown> = {}) =>
  anInfraction({
    points: 0,
    natinf: undefined,
    label: fullLabel(index),
    place: fullPlace(index),
    ...overrides,
  });

/** A recorded licence with `count` 0-point infractions already stored, each with a full label and place. */
async function aLicenceWithHistory(count: number, fact: (index: number) => RecordedFact) {
  const number = aLicenceNumber();
  await put(number, aLicenceRecord());
  const { outcome, version } = await storeFacts(
    api,
    number,
    Array.from({ length: count }, (_, index) => fact(index)),
  );
  return { number, outcome, version };
}

const seededFact = (index: number): RecordedFact =>
  aSeededFact(index, { label: fullLabel(index), place: fullPlace(index) });

let motorists = 0;
/** A motorist who linked the licence, reading their history. */
async function aReader(number: string) {
  const token = await api.identity.motorist(`history-${++motorists}`);
  const { familyName, givenNames, birthDate } = aLicenceRecord().holder;
  const linked = await api.request('PUT', '/v1/me/licence', {
    token,
    body: { format: 'eu-card', licenceNumber: number, holder: { familyName, givenNames, birthDate } },
  });
  expect(linked.status).toBe(200);
  return async () => {
    const history = await api.request('GET', '/v1/me/history', { token });
    expect(history.status).toBe(200);
    return history.json<{ items: { eventId?: string; label?: string; place?: string }[] }>().items;
  };
}
const historyAsTheMotoristSeesIt = async (number: string) => (await aReader(number))();

const displayItemsOf = async (number: string) => {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await table.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :events)',
        ExpressionAttributeValues: { ':pk': `LICENCE#${number}`, ':events': 'EVENT#' },
        ExclusiveStartKey,
      }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
};

describe('a licence with 2,000 events with full labels', () => {
  it('takes them all, and the motorist sees every label and place', async () => {
    const { number, outcome } = await aLicenceWithHistory(1995, seededFact);
    expect(outcome).toBe('written');
    for (let index = 1995; index < 2000; index += 1)
      expect((await post(number, aFullEvent(index))).status).toBe(201);
    expect((await statement(number)).status).toBe(200);

    const items = await historyAsTheMotoristSeesIt(number);
    const infractions = items.filter((item) => item.eventId !== undefined);
    expect(infractions).toHaveLength(2000);
    for (const item of infractions) {
      const index = Number(item.label?.slice(0, 4));
      expect(item.label).toBe(fullLabel(index));
      expect(item.place).toBe(fullPlace(index));
    }
    // The aggregate keeps no label: the display items (2,000, more than one query page) hold them.
    const { Item } = await table.send(
      new GetCommand({ TableName: tableName, Key: { pk: `LICENCE#${number}`, sk: 'LICENCE' } }),
    );
    expect(JSON.stringify(Item)).not.toContain('éééé');
    expect(await displayItemsOf(number)).toHaveLength(2000);
  });
});

describe('one registry write', () => {
  it('runs the points engine once, whether it records an event or replaces the record', async () => {
    const number = aLicenceNumber();
    await put(number, aLicenceRecord());
    engine.runs = 0;
    expect((await post(number, anInfraction({ points: 4, class: 'C4', natinf: undefined }))).status).toBe(
      201,
    );
    expect(engine.runs).toBe(1);
    engine.runs = 0;
    expect((await put(number, aLicenceRecord())).status).toBe(200);
    expect(engine.runs).toBe(1);
  });
});

describe('writers racing on one licence', () => {
  it('keeps every one of 12 parallel events, each with its own label', async () => {
    const number = aLicenceNumber();
    await put(number, aLicenceRecord());
    const events = Array.from({ length: 12 }, (_, index) => aFullEvent(index));
    const answers = await Promise.all(events.map((event) => post(number, event)));
    expect(answers.map((answer) => answer.status)).toEqual(events.map(() => 201));
    const items = await historyAsTheMotoristSeesIt(number);
    for (const [index, event] of events.entries()) {
      const shown = items.find((item) => item.eventId === event.eventId);
      expect(shown).toMatchObject({ label: fullLabel(index), place: fullPlace(index) });
    }
  });

  it('shows the label of the body recorded when two bodies race for one event id', async () => {
    const number = aLicenceNumber();
    await put(number, aLicenceRecord());
    const first = aFullEvent(1, { eventId: 'raced' });
    const second = aFullEvent(2, { eventId: 'raced' });
    const answers = await Promise.all([post(number, first), post(number, second)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const winner = answers[0]?.status === 201 ? 1 : 2;
    const [shown] = (await historyAsTheMotoristSeesIt(number)).filter((item) => item.eventId === 'raced');
    expect(shown).toMatchObject({ label: fullLabel(winner), place: fullPlace(winner) });
  });
});

describe('a write that dies between its display items and its aggregate', () => {
  it('leaves nothing shown, and the registry’s retry records the event once with its label', async () => {
    const number = aLicenceNumber();
    await put(number, aLicenceRecord());
    const event = aFullEvent(7);
    // The aggregate write fails once, as if the function died after the display items were written.
    const send = Reflect.get(DynamoDBDocumentClient.prototype, 'send') as (
      this: DynamoDBDocumentClient,
      ...args: unknown[]
    ) => Promise<unknown>;
    let failed = false;
    function failingOnce(this: DynamoDBDocumentClient, command: unknown, ...rest: unknown[]) {
      if (!failed && command instanceof PutCommand && command.input.Item?.sk === 'LICENCE') {
        failed = true;
        return Promise.reject(new Error('the function died'));
      }
      return send.call(this, command, ...rest);
    }
    const spy = vi.spyOn(DynamoDBDocumentClient.prototype, 'send').mockImplementation(failingOnce as never);
    try {
      // Straight through fetch: a 500 is no answer the OpenAPI document lists.
      const died = await fetch(`${api.baseUrl}/v1/registry/licences/${number}/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${registry}`, 'content-type': 'application/json' },
        body: JSON.stringify(event),
      });
      expect(died.status).toBe(500);
    } finally {
      spy.mockRestore();
    }
    expect(failed).toBe(true);
    expect((await api.api.deps.licences.get(number))?.facts).toHaveLength(0);
    expect(await displayItemsOf(number)).toHaveLength(1);
    expect((await post(number, event)).status).toBe(201);
    expect((await post(number, event)).status).toBe(200);
    const shown = (await historyAsTheMotoristSeesIt(number)).filter((item) => item.eventId === event.eventId);
    expect(shown).toEqual([expect.objectContaining({ label: fullLabel(7), place: fullPlace(7) })]);
  });
});

describe('a licence whose history reaches the store’s limit', () => {
  it('refuses the next event with 422 licence-history-full, and stores nothing of it', async () => {
    // Facts with incompressible 128-character ids, as many as the aggregate takes (found by bisection).
    const ids = Array.from({ length: 6000 }, () => randomBytes(96).toString('base64url'));
    const filler = (index: number): RecordedFact => {
      const {
        label: _label,
        place: _place,
        ...fact
      } = seededFact(index) as RecordedFact & {
        label?: string;
        place?: string;
      };
      return { ...fact, eventId: ids[index] ?? '' };
    };
    const number = aLicenceNumber();
    await put(number, aLicenceRecord());
    let fits = 0;
    let fails = ids.length;
    const base = await api.api.deps.licences.get(number);
    if (!base) throw new Error('no licence stored');
    let version = base.version;
    while (fails - fits > 8) {
      const count = Math.floor((fits + fails) / 2);
      const current = await api.api.deps.licences.get(number);
      if (!current) throw new Error('no licence stored');
      const outcome = await api.api.deps.licences.put(
        { ...current, version: version + 1, facts: Array.from({ length: count }, (_, i) => filler(i)) },
        version,
      );
      if (outcome === 'written') {
        fits = count;
        version += 1;
      } else {
        expect(outcome).toBe('too-large');
        fails = count;
      }
    }
    expect(fits).toBeGreaterThan(2000);
    const before = (await statement(number)).json();
    const stored = (await api.api.deps.licences.get(number))?.facts.length ?? 0;

    const answers: number[] = [];
    for (let extra = 0; extra < 40 && !answers.includes(422); extra += 1)
      answers.push(
        (await post(number, aFullEvent(extra, { eventId: randomBytes(96).toString('base64url') }))).status,
      );
    expect(answers.at(-1)).toBe(422);
    expect(answers.slice(0, -1).every((status) => status === 201)).toBe(true);
    const refusedId = randomBytes(96).toString('base64url');
    const refusedEvent = aFullEvent(99, { eventId: refusedId });
    const refused = await post(number, refusedEvent);
    expect(refused.status).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'licence-history-full' });
    // Nothing of the refused events stays: neither a fact nor a display item, and the statement is the same.
    expect((await statement(number)).json()).toMatchObject({
      balance: (before as { balance: number }).balance,
    });
    expect((await api.api.deps.licences.get(number))?.facts).toHaveLength(stored + answers.length - 1);
    const displays = await displayItemsOf(number);
    expect(displays).toHaveLength(answers.length - 1);
    expect(displays.some((item) => item.eventId === refusedId)).toBe(false);
  });
});

describe('a licence written before the history was split', () => {
  it('reads with its labels, and the next write moves them to display items', async () => {
    const number = aLicenceNumber();
    await put(number, aLicenceRecord());
    const current = await api.api.deps.licences.get(number);
    if (!current) throw new Error('no licence stored');
    // The old shape: the facts as maps in the aggregate, labels inline.
    const { facts: _facts, applied, corrections, ...rest } = current;
    await table.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: `LICENCE#${number}`,
          sk: 'LICENCE',
          ...rest,
          applied,
          corrections,
          facts: [seededFact(1), seededFact(2)],
        },
      }),
    );
    const history = await aReader(number);
    const before = await history();
    expect(before.filter((item) => item.label === fullLabel(1) || item.label === fullLabel(2))).toHaveLength(
      2,
    );

    expect((await post(number, aFullEvent(3))).status).toBe(201);
    const { Item } = await table.send(
      new GetCommand({ TableName: tableName, Key: { pk: `LICENCE#${number}`, sk: 'LICENCE' } }),
    );
    expect(Item?.facts).toBeUndefined();
    expect(await displayItemsOf(number)).toHaveLength(3);
    const after = await history();
    expect(after.map((item) => item.label).filter(Boolean)).toEqual(
      expect.arrayContaining([fullLabel(1), fullLabel(2), fullLabel(3)]),
    );
  });
});
