import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDynamoDb, type LocalDynamoDb } from '../../local/storage/index.ts';
import { makeAlertLog, type AlertLog, type ReceivedAlert } from './alert-log.ts';
import { makeDocumentClient } from './dynamodb.ts';

const tableName = 'alert-log-test';
let dynamo: LocalDynamoDb;
let log: AlertLog;

beforeAll(async () => {
  dynamo = await startDynamoDb({ tableName });
  log = makeAlertLog({ client: makeDocumentClient({ endpoint: dynamo.endpoint }), tableName });
});
afterAll(() => dynamo.close());

const anAlert = (sentAt: string, subject = `sent ${sentAt}`): ReceivedAlert => ({
  sentAt,
  channel: 'email',
  kind: 'points-restored',
  subject,
  text: 'Des points vous ont été restitués.',
});
const record = (accountId: string, sentAt: string, key = sentAt) =>
  log.record(accountId, anAlert(sentAt), { key, occurredAt: sentAt });

describe('the alerts an account received', () => {
  it('lists them newest first, at most the limit asked', async () => {
    for (const day of ['03', '01', '05', '02', '04']) await record('ordered', `2026-01-${day}T08:00:00.000Z`);
    const listed = await log.list('ordered', new Date('2026-02-01T00:00:00Z'), 3);
    expect(listed.map((alert) => alert.sentAt.slice(8, 10))).toEqual(['05', '04', '03']);
  });

  it('keeps one item per message: a retried send rewrites it', async () => {
    await record('retried', '2026-01-01T08:00:00.000Z', 'alert#event-1#0');
    await log.record('retried', anAlert('2026-01-01T08:00:05.000Z', 'second try'), {
      key: 'alert#event-1#0',
      occurredAt: '2026-01-01T08:00:00.000Z',
    });
    expect(await log.list('retried', new Date('2026-01-02T00:00:00Z'), 100)).toEqual([
      anAlert('2026-01-01T08:00:05.000Z', 'second try'),
    ]);
  });

  it('stops listing an alert a year after it was sent, before the TTL sweeps it', async () => {
    await record('kept', '2025-01-10T08:00:00.000Z');
    expect(await log.list('kept', new Date('2026-01-09T08:00:00Z'), 100)).toHaveLength(1);
    expect(await log.list('kept', new Date('2026-01-12T08:00:00Z'), 100)).toEqual([]);
  });

  it('does not count the expired alerts of a page', async () => {
    await record('paged', '2024-01-01T08:00:00.000Z');
    await record('paged', '2026-03-01T08:00:00.000Z');
    await record('paged', '2026-03-02T08:00:00.000Z');
    // The newest two are alive; asking for three still finds just those two, and asking for one finds the newest.
    const now = new Date('2026-04-01T00:00:00Z');
    expect((await log.list('paged', now, 3)).map((alert) => alert.sentAt)).toEqual([
      '2026-03-02T08:00:00.000Z',
      '2026-03-01T08:00:00.000Z',
    ]);
    expect(await log.list('paged', now, 1)).toHaveLength(1);
  });

  it('forgets every alert of one account, and only of that one', async () => {
    for (let i = 0; i < 23; i += 1)
      await record('leaving', `2026-05-01T08:00:${String(i).padStart(2, '0')}.000Z`);
    await record('staying', '2026-05-01T08:00:00.000Z');
    await log.forget('leaving');
    const now = new Date('2026-06-01T00:00:00Z');
    expect(await log.list('leaving', now, 100)).toEqual([]);
    expect(await log.list('staying', now, 100)).toHaveLength(1);
  });
});
