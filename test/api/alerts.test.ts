// Alerts exactly once, even when the mail channel fails: a message is marked sent only after it was sent, so the
// next delivery retries what failed and never repeats what went out; what fails every time is kept, visible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '../../functions/adapters/notifications.ts';
import { startApiHarness, type ApiHarness } from '../support/api-harness.ts';
import { aLicenceNumber, aLicenceRecord, anInfraction } from '../support/registry-builders.ts';

let api: ApiHarness;
let registry: string;
let failures = 0;
const attempts: Notification[] = [];

beforeAll(async () => {
  api = await startApiHarness({
    today: '2024-06-01' as never,
    // The mail channel in front of the outbox: it fails the next `failures` sends.
    notifier: (outbox) => ({
      async send(notification) {
        attempts.push(notification);
        if (failures > 0) {
          failures -= 1;
          throw new Error('mail channel unavailable');
        }
        return outbox.send(notification);
      },
    }),
  });
  registry = await api.identity.registry();
});
afterAll(() => api.close());

const { familyName, givenNames, birthDate } = aLicenceRecord().holder;
let accounts = 0;

async function aLinkedMotorist() {
  const number = aLicenceNumber();
  await api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body: aLicenceRecord() });
  const token = await api.identity.motorist(`alerts-${++accounts}`);
  await api.request('PUT', '/v1/me/licence', {
    token,
    body: { format: 'eu-card', licenceNumber: number, holder: { familyName, givenNames, birthDate } },
  });
  return number;
}

interface ReceivedAlert {
  sentAt: string;
  channel: string;
  kind: string;
  subject: string;
  text: string;
}
const alertsOf = async (token: string) => {
  const answer = await api.request('GET', '/v1/me/alerts', { token });
  expect(answer.status).toBe(200);
  return answer.json<{ items: ReceivedAlert[] }>().items;
};

const a48M = () =>
  anInfraction({ offenceDate: '2024-05-01', establishedOn: '2024-05-10', class: 'C4', points: 6 });
const lettersTo = async (email: string) =>
  (await api.outbox.list()).filter((message) => message.to === email && message.kind === 'letter-48M');

describe('alerts when the mail channel fails', () => {
  it('retries a 48M letter whose first send failed, and sends it exactly once', async () => {
    const number = await aLinkedMotorist();
    const email = `alerts-${accounts}@example.org`;
    failures = 1;
    expect(
      (await api.request('POST', `/v1/registry/licences/${number}/events`, { token: registry, body: a48M() }))
        .status,
    ).toBe(201);
    expect(await lettersTo(email)).toHaveLength(1);
    expect(attempts.filter((attempt) => attempt.to === email && attempt.kind === 'letter-48M')).toHaveLength(
      2,
    );
  });

  it('does not send a letter twice when its event is delivered twice', async () => {
    const number = await aLinkedMotorist();
    const email = `alerts-${accounts}@example.org`;
    await api.request('POST', `/v1/registry/licences/${number}/events`, { token: registry, body: a48M() });
    const event = api.api.bus.published().findLast((published) => published.type === 'InfractionRecorded');
    if (!event) throw new Error('no InfractionRecorded published');
    await api.api.bus.publish([event]);
    expect(await lettersTo(email)).toHaveLength(1);
  });

  it('keeps an alert that failed every attempt as a dead letter, and sends it on a later delivery', async () => {
    const number = await aLinkedMotorist();
    const email = `alerts-${accounts}@example.org`;
    failures = 3;
    await api.request('POST', `/v1/registry/licences/${number}/events`, { token: registry, body: a48M() });
    expect(await lettersTo(email)).toEqual([]);
    const [dead] = api.api.bus.deadLetters().slice(-1);
    expect(dead).toMatchObject({ event: { type: 'InfractionRecorded' }, error: 'mail channel unavailable' });
    // An operator redrives the dead letter: the letter goes out, once.
    await api.api.bus.publish([dead!.event]);
    expect(await lettersTo(email)).toHaveLength(1);
  });
});

describe('the alerts an account received', () => {
  it('lists the letter sent, once, even when its first send failed and its event came twice', async () => {
    const number = await aLinkedMotorist();
    const token = await api.identity.motorist(`alerts-${accounts}`);
    failures = 1;
    await api.request('POST', `/v1/registry/licences/${number}/events`, { token: registry, body: a48M() });
    const event = api.api.bus.published().findLast((published) => published.type === 'InfractionRecorded');
    await api.api.bus.publish([event!]);

    const [letter] = await lettersTo(`alerts-${accounts}@example.org`);
    const alerts = await alertsOf(token);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.sentAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    expect(alerts[0]).toEqual({
      sentAt: alerts[0]!.sentAt,
      channel: 'email',
      kind: 'letter-48M',
      subject: letter!.subject,
      text: letter!.text,
    });
  });

  it("lists the newest first, and only the caller's", async () => {
    const number = await aLinkedMotorist();
    const token = await api.identity.motorist(`alerts-${accounts}`);
    const stranger = await api.identity.motorist(`alerts-stranger-${accounts}`);
    await api.request('POST', `/v1/registry/licences/${number}/events`, { token: registry, body: a48M() });
    await api.request('POST', `/v1/registry/licences/${number}/events`, {
      token: registry,
      body: anInfraction({ offenceDate: '2024-05-20', establishedOn: '2024-05-25', class: 'C4', points: 4 }),
    });
    const alerts = await alertsOf(token);
    expect(alerts.length).toBeGreaterThanOrEqual(2);
    const times = alerts.map((alert) => alert.sentAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(alerts[0]!.text).toContain('4\u00a0points');
    expect(await alertsOf(stranger)).toEqual([]);
  });

  it('forgets them with the account', async () => {
    const number = await aLinkedMotorist();
    const sub = `alerts-${accounts}`;
    const token = await api.identity.motorist(sub);
    await api.request('POST', `/v1/registry/licences/${number}/events`, { token: registry, body: a48M() });
    expect(await alertsOf(token)).toHaveLength(1);
    expect((await api.request('DELETE', '/v1/me', { token })).status).toBe(204);
    // Read from the table itself: the account is gone, so no route would show what was left.
    expect(await api.api.deps.alertLog.list(sub, new Date(0), 100)).toEqual([]);
  });
});
