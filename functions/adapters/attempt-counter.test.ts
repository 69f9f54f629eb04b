import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDb, type LocalDynamoDb } from '../../local/storage/index.ts';
import { makeAttemptCounter, type AttemptCounter } from './attempt-counter.ts';
import { makeDocumentClient } from './dynamodb.ts';

const tableName = 'attempts-test';
const fiveIn15Minutes = { limit: 5, windowMs: 15 * 60_000 };
let dynamo: LocalDynamoDb;
let counter: AttemptCounter;

beforeAll(async () => {
  dynamo = await startDynamoDb({ tableName });
  counter = makeAttemptCounter({ client: makeDocumentClient({ endpoint: dynamo.endpoint }), tableName });
});
afterAll(() => dynamo.close());

const now = Date.parse('2026-12-01T10:00:00Z');

describe('the attempt counter', () => {
  it('lets at most the limit through when 20 attempts arrive at once', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => counter.reserve('burst', now, fiveIn15Minutes)),
    );
    expect(answers.filter((answer) => answer.ok)).toHaveLength(5);
    expect(new Set(answers.flatMap((answer) => (answer.ok ? [answer.slot] : []))).size).toBe(5);
  });

  it('says how long to wait: until the oldest attempt leaves the window', async () => {
    for (let minute = 0; minute < 5; minute += 1)
      expect((await counter.reserve('wait', now + minute * 60_000, fiveIn15Minutes)).ok).toBe(true);
    expect(await counter.reserve('wait', now + 5 * 60_000, fiveIn15Minutes)).toEqual({
      ok: false,
      retryAfterSeconds: 10 * 60,
    });
  });

  it('lets an attempt through again once the oldest one is out of the window', async () => {
    for (let i = 0; i < 5; i += 1) await counter.reserve('slide', now + i, fiveIn15Minutes);
    expect((await counter.reserve('slide', now + 15 * 60_000 - 1, fiveIn15Minutes)).ok).toBe(false);
    // At +15 min + 1 ms the attempts made at +0 and +1 ms have left the window: two may pass, not three.
    const later = now + 15 * 60_000 + 1;
    expect((await counter.reserve('slide', later, fiveIn15Minutes)).ok).toBe(true);
    expect((await counter.reserve('slide', later, fiveIn15Minutes)).ok).toBe(true);
    expect((await counter.reserve('slide', later, fiveIn15Minutes)).ok).toBe(false);
  });

  it('does not count an attempt that was given back', async () => {
    for (let i = 0; i < 10; i += 1) {
      const reservation = await counter.reserve('released', now + i, fiveIn15Minutes);
      expect(reservation.ok).toBe(true);
      await counter.release(reservation);
    }
  });

  it('keeps keys apart', async () => {
    for (let i = 0; i < 5; i += 1) await counter.reserve('one', now, fiveIn15Minutes);
    expect((await counter.reserve('one', now, fiveIn15Minutes)).ok).toBe(false);
    expect((await counter.reserve('other', now, fiveIn15Minutes)).ok).toBe(true);
  });
});
