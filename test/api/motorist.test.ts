import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../support/api-harness.ts';
import {
  aCourse,
  aHolder,
  aLicenceNumber,
  aLicenceRecord,
  anInfraction,
} from '../support/registry-builders.ts';

let api: ApiHarness;
let registry: string;

beforeAll(async () => {
  api = await startApiHarness({ today: '2024-06-01' as never });
  registry = await api.identity.registry();
});
afterAll(() => api.close());

const holderOf = (record = aLicenceRecord()) => {
  const { familyName, givenNames, birthDate } = record.holder;
  return { familyName, givenNames, birthDate };
};

async function aRecordedLicence(events: unknown[] = [anInfraction()]) {
  const number = aLicenceNumber();
  await api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body: aLicenceRecord() });
  for (const event of events)
    await api.request('POST', `/v1/registry/licences/${number}/events`, { token: registry, body: event });
  return number;
}

let accounts = 0;
const anEmailMotorist = () => api.identity.motorist(`motorist-${++accounts}`);
const link = (token: string, licenceNumber: string, holder: unknown = holderOf()) =>
  api.request('PUT', '/v1/me/licence', { token, body: { format: 'eu-card', licenceNumber, holder } });

describe('a motorist with an e-mail account', () => {
  it('has no licence until one is linked', async () => {
    const token = await anEmailMotorist();
    const me = await api.request('GET', '/v1/me', { token });
    expect(me.json()).toEqual({ identityProvider: 'email', licence: null });
    const statement = await api.request('GET', '/v1/me/statement', { token });
    expect(statement.status).toBe(404);
  });

  it('links the licence as declared when the stated holder matches, whatever the case and accents', async () => {
    const number = await aRecordedLicence();
    const token = await anEmailMotorist();
    const linked = await link(token, number, {
      familyName: 'DUBOIS LEFEVRE',
      givenNames: 'marie claire anne',
      birthDate: '1990-04-12',
    });
    expect(linked.status).toBe(200);
    expect(linked.json()).toEqual({ licenceNumber: number, format: 'eu-card', assurance: 'declared' });
    expect((await api.request('GET', '/v1/me', { token })).json()).toEqual({
      identityProvider: 'email',
      licence: { licenceNumber: number, format: 'eu-card', assurance: 'declared' },
    });
  });

  it('must state the holder', async () => {
    const number = await aRecordedLicence();
    const response = await api.request('PUT', '/v1/me/licence', {
      token: await anEmailMotorist(),
      body: { format: 'eu-card', licenceNumber: number },
    });
    expect(response.status).toBe(400);
    expect(response.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('holder');
  });

  it('reads the statement, history and calendar of the linked licence', async () => {
    const number = await aRecordedLicence([
      anInfraction({
        eventId: 'speed-1',
        offenceDate: '2024-03-10',
        establishedOn: '2024-03-20',
        class: 'C3',
        points: 1,
      }),
    ]);
    const token = await anEmailMotorist();
    await link(token, number);
    const statement = await api.request('GET', '/v1/me/statement', { token });
    expect(statement.json()).toMatchObject({
      asOf: '2024-06-01',
      balance: 11,
      licence: { licenceNumber: number, format: 'eu-card' },
      recordedUpTo: '2024-06-01',
      upcoming: [{ date: '2024-09-20', rule: 'six-month', balanceAfter: 12 }],
    });
    const history = await api.request('GET', '/v1/me/history', { token });
    expect(history.json<{ items: unknown[] }>().items).toEqual([
      expect.objectContaining({
        type: 'infraction',
        date: '2024-03-20',
        points: -1,
        eventId: 'speed-1',
        natinf: '11300',
      }),
    ]);
    const calendar = await api.request('GET', '/v1/me/calendar.ics', { token });
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(calendar.text).toContain('DTSTART;VALUE=DATE:20240920');
    expect(calendar.text).not.toContain(number);
  });

  it('simulates an infraction without storing it', async () => {
    const number = await aRecordedLicence([]);
    const token = await anEmailMotorist();
    await link(token, number);
    const simulation = await api.request('POST', '/v1/me/simulations', {
      token,
      body: {
        infractions: [{ offenceDate: '2024-05-01', establishedOn: '2024-05-20', class: 'C4', points: 4 }],
      },
    });
    expect(simulation.json()).toMatchObject({
      balance: 8,
      upcoming: [{ date: '2027-05-20', rule: 'full-restoration', balanceAfter: 12 }],
    });
    expect(
      (await api.request('GET', '/v1/me/statement', { token })).json<{ balance: number }>().balance,
    ).toBe(12);
    const bad = await api.request('POST', '/v1/me/simulations', {
      token,
      body: {
        infractions: [{ offenceDate: '2024-05-01', establishedOn: '2024-05-20', class: 'C4', points: 8 }],
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('infractions[0].points');
  });

  it('unlinks the licence', async () => {
    const number = await aRecordedLicence();
    const token = await anEmailMotorist();
    await link(token, number);
    expect((await api.request('DELETE', '/v1/me/licence', { token })).status).toBe(204);
    expect((await api.request('GET', '/v1/me/statement', { token })).status).toBe(404);
    expect((await link(await anEmailMotorist(), number)).status).toBe(200);
  });
});

describe('failed links', () => {
  it('gives the same 422 for a wrong identity and for a number nobody holds', async () => {
    const number = await aRecordedLicence();
    const wrongIdentity = await link(await anEmailMotorist(), number, {
      ...holderOf(),
      birthDate: '1990-04-13',
    });
    const unknownNumber = await link(await anEmailMotorist(), aLicenceNumber());
    expect(wrongIdentity.status).toBe(422);
    expect(unknownNumber.status).toBe(422);
    expect(wrongIdentity.text).toBe(unknownNumber.text);
    expect(wrongIdentity.json<{ type: string }>().type).toMatch(/licence-not-matched$/);
  });

  it('answers 429 with Retry-After to the sixth failure within 15 minutes, then lets the account try again later', async () => {
    const token = await anEmailMotorist();
    const number = await aRecordedLicence();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await link(token, aLicenceNumber())).status).toBe(422);
    }
    const sixth = await link(token, number);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(sixth.headers.get('retry-after'))).toBeLessThanOrEqual(900);
  });

  it('limits failures per licence number too, whichever accounts make them', async () => {
    const number = await aRecordedLicence();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect(
        (await link(await anEmailMotorist(), number, { ...holderOf(), familyName: `Wrong${attempt}` }))
          .status,
      ).toBe(422);
    }
    expect((await link(await anEmailMotorist(), number)).status).toBe(429);
  });

  it('does not let a second account take a linked licence', async () => {
    const number = await aRecordedLicence();
    expect((await link(await anEmailMotorist(), number)).status).toBe(200);
    const second = await link(await anEmailMotorist(), number);
    expect(second.status).toBe(409);
    expect(second.json<{ type: string }>().type).toMatch(/licence-linked-elsewhere$/);
  });
});

describe('a motorist signed in with FranceConnect', () => {
  it('is matched on the identity FranceConnect asserted, whatever the body says', async () => {
    const number = await aRecordedLicence();
    const token = await api.identity.franceConnectUser('fc-subject-1', {
      given_name: 'Marie-Claire Anne',
      family_name: 'Dubois-Lefèvre',
      birthdate: '1990-04-12',
    });
    expect((await api.request('GET', '/v1/me', { token })).json()).toEqual({
      identityProvider: 'franceconnect',
      licence: null,
    });
    const linked = await link(token, number, {
      familyName: 'Somebody',
      givenNames: 'Else',
      birthDate: '2000-01-01',
    });
    expect(linked.status).toBe(200);
  });

  it('cannot link the licence of someone else by stating their identity', async () => {
    const number = await aRecordedLicence();
    const token = await api.identity.franceConnectUser('fc-subject-2', {
      given_name: 'Jean',
      family_name: 'Martin',
      birthdate: '1985-11-03',
    });
    expect((await link(token, number, holderOf())).status).toBe(422);
  });
});

describe('alerts', () => {
  it('sends the linked motorist the letter of each withdrawal and a notice when points come back', async () => {
    const number = await aRecordedLicence([]);
    const token = await anEmailMotorist();
    await link(token, number);
    const before = (await api.outbox.list()).length;
    await api.request('POST', `/v1/registry/licences/${number}/events`, {
      token: registry,
      body: anInfraction({ offenceDate: '2024-05-01', establishedOn: '2024-05-10', class: 'C4', points: 6 }),
    });
    const messages = (await api.outbox.list()).slice(0, (await api.outbox.list()).length - before);
    expect(messages.map((message) => message.kind)).toEqual(['letter-48M']);
    expect(messages[0]?.to).toBe(`motorist-${accounts}@example.org`);
  });
});

describe('courses', () => {
  it('credits a course on the day after its last day', async () => {
    const number = await aRecordedLicence([
      anInfraction({ offenceDate: '2024-03-02', establishedOn: '2024-03-15', class: 'C4', points: 2 }),
      aCourse({ startedOn: '2024-05-29', endedOn: '2024-05-30' }),
    ]);
    const token = await anEmailMotorist();
    await link(token, number, aHolder());
    expect(
      (await api.request('GET', '/v1/me/statement', { token })).json<{ balance: number }>().balance,
    ).toBe(12);
  });
});
