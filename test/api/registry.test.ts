import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../domain/calendar/index.ts';
import { computeStatement } from '../../domain/points/index.ts';
import { startApiHarness, type ApiHarness } from '../support/api-harness.ts';
import { aCourse, aLicenceNumber, aLicenceRecord, anInfraction } from '../support/registry-builders.ts';

let api: ApiHarness;
let registry: string;

beforeAll(async () => {
  api = await startApiHarness({ today: '2024-06-01' as never });
  registry = await api.identity.registry();
});
afterAll(() => api.close());

const putLicence = (number: string, body: unknown = aLicenceRecord()) =>
  api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body });
const postEvent = (number: string, body: unknown) =>
  api.request('POST', `/v1/registry/licences/${number}/events`, { token: registry, body });

describe('the registry licence record', () => {
  it('creates a record with 201, replaces it with 200 and keeps its facts', async () => {
    const number = aLicenceNumber();
    expect((await putLicence(number)).status).toBe(201);
    expect((await postEvent(number, anInfraction())).status).toBe(201);
    const replaced = await putLicence(number, aLicenceRecord({ categories: [] }));
    expect(replaced.status).toBe(200);
    expect(replaced.json<{ statement: { balance: number } }>().statement.balance).toBe(11);
  });

  it('accepts a number typed with spaces and lower case', async () => {
    const number = aLicenceNumber();
    const spaced = `${number.slice(0, 2)} ${number.slice(2, 4)} ${number.slice(4, 6)} ${number.slice(6)}`;
    expect((await putLicence(spaced)).status).toBe(201);
    expect(
      (await api.request('GET', `/v1/registry/licences/${number}/statement`, { token: registry })).status,
    ).toBe(200);
  });

  it('names the field of every invalid part of the record', async () => {
    const number = aLicenceNumber();
    const cases: [unknown, string][] = [
      [aLicenceRecord({ holder: { ...aLicenceRecord().holder, birthCountry: 'FR' } }), 'holder.birthCountry'],
      [aLicenceRecord({ holder: { ...aLicenceRecord().holder, birthPlace: '7' } }), 'holder.birthPlace'],
      [aLicenceRecord({ obtainedOn: '2023-02-29' }), 'obtainedOn'],
      [aLicenceRecord({ obtainedOn: '2030-01-01' }), 'obtainedOn'],
      [aLicenceRecord({ probation: 'sometimes' }), 'probation'],
      [
        aLicenceRecord({
          categories: [{ code: 'Z', obtainedOn: '2010-05-03', validUntil: null, restrictions: [] }],
        }),
        'categories[0].code',
      ],
      [aLicenceRecord({ balanceKnownOn: '2020-01-01' }), 'initialBalance'],
      [aLicenceRecord({ surprise: true }), 'surprise'],
    ];
    for (const [body, path] of cases) {
      const response = await putLicence(number, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const problem = response.json<{ errors: { path: string }[] }>();
      expect(problem.errors.map((error) => error.path)).toContain(path);
    }
    expect(
      (await api.request('GET', `/v1/registry/licences/${number}/statement`, { token: registry })).status,
    ).toBe(404);
  });

  it('refuses a licence number that is not a NEPH, saying why', async () => {
    const response = await putLicence('13AB12345');
    expect(response.status).toBe(400);
    expect(response.json<{ errors: { path: string; message: string }[] }>().errors[0]?.path).toBe(
      'licenceNumber',
    );
  });
});

describe('registry events', () => {
  it('records an event once: the same body again is 200, another body with the same id is 409', async () => {
    const number = aLicenceNumber();
    await putLicence(number);
    const event = anInfraction();
    expect((await postEvent(number, event)).status).toBe(201);
    const again = await postEvent(number, { ...event });
    expect(again.status).toBe(200);
    expect(again.json<{ statement: { balance: number } }>().statement.balance).toBe(11);
    const reused = await postEvent(number, { ...event, points: 2 });
    expect(reused.status).toBe(409);
    expect(reused.json<{ type: string }>().type).toMatch(/event-id-reused$/);
  });

  it('answers 404 for an event on a licence the registry never recorded', async () => {
    expect((await postEvent(aLicenceNumber(), anInfraction())).status).toBe(404);
  });

  it('refuses events whose dates are out of order, in the future, or whose points the law does not allow', async () => {
    const number = aLicenceNumber();
    await putLicence(number);
    const cases: [unknown, string][] = [
      [anInfraction({ offenceDate: '2024-03-21', establishedOn: '2024-03-20' }), 'establishedOn'],
      [anInfraction({ establishedOn: '2024-07-01' }), 'establishedOn'],
      [anInfraction({ points: 7 }), 'points'],
      [anInfraction({ points: 9, class: 'C4' }), 'points'],
      [anInfraction({ class: 'C6' }), 'class'],
      [anInfraction({ natinf: 'abc' }), 'natinf'],
      [anInfraction({ eventId: '' }), 'eventId'],
      [anInfraction({ eventId: 'x'.repeat(129) }), 'eventId'],
      [aCourse({ startedOn: '2024-03-05', endedOn: '2024-03-04' }), 'endedOn'],
      [
        { eventId: 'd1', type: 'decision', decision: 'suspension', from: '2024-03-05', until: '2024-03-01' },
        'until',
      ],
      [{ eventId: 'x1', type: 'mystery' }, 'type'],
      [anInfraction({ offenceDate: '2009-01-01', establishedOn: '2009-02-01' }), 'offenceDate'],
    ];
    for (const [body, path] of cases) {
      const response = await postEvent(number, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.json<{ errors: { path: string }[] }>().errors.map((error) => error.path)).toContain(
        path,
      );
    }
    const statement = await api.request('GET', `/v1/registry/licences/${number}/statement`, {
      token: registry,
    });
    expect(statement.json<{ balance: number }>().balance).toBe(12);
  });

  it('gives the statement of the law at any date', async () => {
    const number = aLicenceNumber();
    await putLicence(number);
    await postEvent(
      number,
      anInfraction({ offenceDate: '2024-03-10', establishedOn: '2024-03-20', class: 'C3', points: 1 }),
    );
    const statement = await api.request('GET', `/v1/registry/licences/${number}/statement?asOf=2024-06-01`, {
      token: registry,
    });
    expect(statement.json()).toMatchObject({
      balance: 11,
      maximum: 12,
      status: 'valid',
      upcoming: [{ date: '2024-09-20', points: 1, rule: 'six-month', balanceAfter: 12 }],
    });
    const bad = await api.request('GET', `/v1/registry/licences/${number}/statement?asOf=2024-02-30`, {
      token: registry,
    });
    expect(bad.status).toBe(400);
    expect(bad.json<{ errors: { path: string }[] }>().errors[0]?.path).toBe('asOf');
  });

  it(
    "keeps all of 50 concurrent events on one licence, and the statement is the engine's answer for all of them",
    { timeout: 120_000 },
    async () => {
      const number = aLicenceNumber();
      const record = aLicenceRecord({
        obtainedOn: '1990-01-01',
        balanceKnownOn: '2000-01-01',
        initialBalance: 12,
      });
      await putLicence(number, record);
      const events = Array.from({ length: 50 }, (_, index) => {
        const day = addDays('2010-01-01' as CalendarDate, index * 97);
        return anInfraction({
          eventId: `concurrent-${index}`,
          offenceDate: day,
          establishedOn: addDays(day, 20),
          class: index % 2 ? 'C3' : 'C4',
          points: index % 5 === 0 ? 2 : index % 3 === 0 ? 1 : 0,
        });
      });
      // As the registry's clients do: an event answered 409 licence-busy is sent again.
      const send = async (event: unknown): Promise<Awaited<ReturnType<typeof postEvent>>> => {
        const answer = await postEvent(number, event);
        return answer.status === 409 && answer.json().code === 'licence-busy' ? send(event) : answer;
      };
      const startedAt = performance.now();
      const answers = await Promise.all(events.map(send));
      console.log(
        `50 concurrent writers on one licence: all recorded in ${Math.round(performance.now() - startedAt)} ms`,
      );
      expect(answers.map((answer) => answer.status)).toEqual(events.map(() => 201));
      const stored = await api.api.deps.licences.get(number);
      expect(stored?.facts.map((fact) => fact.eventId).sort()).toEqual(
        events.map((event) => event.eventId).sort(),
      );
      const expected = computeStatement({
        asOf: '2024-06-01' as CalendarDate,
        licence: {
          obtainedOn: '1990-01-01' as CalendarDate,
          probation: 'none',
          complementaryTraining: false,
          balanceKnownOn: '2000-01-01' as CalendarDate,
          initialBalance: 12,
        },
        events: events.map(({ eventId, offenceDate, establishedOn, points, class: infractionClass }) => ({
          type: 'infraction' as const,
          id: eventId,
          offenceDate,
          establishedOn,
          points,
          class: infractionClass,
        })) as never,
        options: { courseYearRule: 'firstDayAnniversary', probationIncrementBasis: 'offenceDate' },
      });
      const statement = await api.request('GET', `/v1/registry/licences/${number}/statement`, {
        token: registry,
      });
      expect(statement.json()).toEqual(expected);
      expect(stored?.statement.balance).toBe(expected.balance);
    },
  );
});

describe('transport-level errors', () => {
  it('answers malformed JSON with 400, a body over 64 KB with 413 and a non-JSON body with 415', async () => {
    const number = aLicenceNumber();
    const path = `/v1/registry/licences/${number}`;
    const malformed = await api.request('PUT', path, {
      token: registry,
      rawBody: '{"format":',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.json<{ type: string }>().type).toMatch(/malformed-json$/);
    const big = await api.request('PUT', path, {
      token: registry,
      body: { ...aLicenceRecord(), padding: 'x'.repeat(70_000) },
    });
    expect(big.status).toBe(413);
    const text = await api.request('PUT', path, {
      token: registry,
      rawBody: 'format=eu-card',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
  });

  it('answers an unknown route with 404 and a known route under another method with 405', async () => {
    const unknown = await api.request('GET', '/v1/nothing-here', { token: registry });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('application/problem+json');
    const wrongMethod = await api.request('PATCH', '/v1/me/licence', { token: registry });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('PUT, DELETE');
  });

  it('never shows internals in an error', async () => {
    const response = await api.request('PUT', `/v1/registry/licences/${aLicenceNumber()}`, {
      token: registry,
      rawBody: '[',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.text).not.toMatch(/at .*\.ts|Exception|dynamo|stack/i);
  });
});

describe('registry authorisation', () => {
  it('refuses registry routes without a token (401) and with a motorist token (403)', async () => {
    const number = aLicenceNumber();
    expect(
      (await api.request('PUT', `/v1/registry/licences/${number}`, { body: aLicenceRecord() })).status,
    ).toBe(401);
    const motorist = await api.identity.motorist('someone');
    const forbidden = await api.request('PUT', `/v1/registry/licences/${number}`, {
      token: motorist,
      body: aLicenceRecord(),
    });
    expect(forbidden.status).toBe(403);
    const clientWithoutScope = await api.identity.token({
      sub: api.identity.registryClientId,
      clientId: api.identity.registryClientId,
      scope: '',
    });
    expect(
      (await api.request('GET', `/v1/registry/licences/${number}/statement`, { token: clientWithoutScope }))
        .status,
    ).toBe(403);
  });
});
