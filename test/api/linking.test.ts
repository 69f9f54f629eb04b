// Linking as a hostile user tries it (issue "Linking that no stranger can abuse"): each test is named after the
// attack and fires its requests the way the attacker would, in parallel where that is the attack.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  captureSecurityEvents,
  type SecurityEventFields,
  type SecurityEventName,
} from '../../functions/adapters/security-events.ts';
import { startApiHarness, type ApiHarness } from '../support/api-harness.ts';
import { aHolder, aLicenceNumber, aLicenceRecord } from '../support/registry-builders.ts';

let api: ApiHarness;
let registry: string;
let events: { name: SecurityEventName; fields: SecurityEventFields }[] = [];
let restoreEvents: () => void;

beforeAll(async () => {
  api = await startApiHarness({ today: '2024-06-01' as never });
  registry = await api.identity.registry();
});
afterAll(() => api.close());
afterEach(() => restoreEvents?.());
const watchSecurityEvents = () => {
  events = [];
  restoreEvents = captureSecurityEvents(events);
};

const address = { lines: ['12 rue des Lilas'], postcode: '75011', city: 'Paris', country: '99100' };
const holder = { familyName: 'Dubois-Lefèvre', givenNames: 'Marie-Claire Anne', birthDate: '1990-04-12' };
const franceConnectClaims = {
  family_name: holder.familyName,
  given_name: holder.givenNames,
  birthdate: holder.birthDate,
};

async function aRecordedLicence() {
  const number = aLicenceNumber();
  const record = aLicenceRecord({ holder: aHolder({ address }) });
  expect(
    (await api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body: record })).status,
  ).toBe(201);
  return number;
}

let accounts = 0;
const anEmailAccount = () => api.identity.motorist(`linker-${++accounts}`);
const theFranceConnectHolder = () =>
  api.identity.franceConnectUser(`fc-holder-${++accounts}`, franceConnectClaims);
const link = (token: string, licenceNumber: string, stated: unknown = holder) =>
  api.request('PUT', '/v1/me/licence', { token, body: { format: 'eu-card', licenceNumber, holder: stated } });
const me = async (token: string) =>
  (await api.request('GET', '/v1/me', { token })).json<{ licence: unknown }>();
const newMessages = async (before: number) => {
  const all = await api.outbox.list();
  return all.slice(0, all.length - before);
};

describe('guessing an identity in parallel', () => {
  it('compares at most 5 of 20 wrong-identity attempts sent at once from one account', async () => {
    watchSecurityEvents();
    const number = await aRecordedLicence();
    const token = await anEmailAccount();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, guess) =>
        link(token, number, { ...holder, birthDate: `1990-04-${String(guess + 1).padStart(2, '0')}` }),
      ),
    );
    const compared = answers.filter((answer) => answer.status !== 429);
    expect(compared.length).toBeLessThanOrEqual(5);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(20 - compared.length);
    expect(events.filter((event) => event.name === 'link-refused').length).toBe(
      compared.filter((answer) => answer.status === 422).length,
    );
    expect(events.some((event) => event.name === 'link-rate-limited')).toBe(true);
  });

  it('never lets the right guess through once the burst has used up the attempts', async () => {
    const number = await aRecordedLicence();
    const token = await anEmailAccount();
    const wrong = Array.from({ length: 19 }, (_, guess) =>
      link(token, number, { ...holder, familyName: `Wrong${guess}` }),
    );
    const answers = await Promise.all(wrong);
    expect(answers.filter((answer) => answer.status === 422).length).toBeLessThanOrEqual(5);
    expect((await link(token, number)).status).toBe(429);
    expect((await me(token)).licence).toBeNull();
  });

  it('holds the per-number limit across 20 accounts guessing at once', async () => {
    const number = await aRecordedLicence();
    const tokens = await Promise.all(Array.from({ length: 20 }, () => anEmailAccount()));
    const answers = await Promise.all(
      tokens.map((token, guess) => link(token, number, { ...holder, givenNames: `Guess ${guess}` })),
    );
    expect(answers.filter((answer) => answer.status === 422).length).toBeLessThanOrEqual(5);
    expect(answers.filter((answer) => answer.status === 429).length).toBeGreaterThanOrEqual(15);
  });
});

describe('locking the holder out', () => {
  it('never blocks a FranceConnect holder, however many accounts failed on the number', async () => {
    const number = await aRecordedLicence();
    for (let attempt = 0; attempt < 6; attempt += 1)
      await link(await anEmailAccount(), number, { ...holder, familyName: `Wrong${attempt}` });
    expect((await link(await anEmailAccount(), number)).status).toBe(429);
    const linked = await link(await theFranceConnectHolder(), number);
    expect(linked.status).toBe(200);
    expect(linked.json()).toMatchObject({ assurance: 'verified' });
  });

  it('does not count a FranceConnect holder’s successful link as a failure', async () => {
    const number = await aRecordedLicence();
    const token = await theFranceConnectHolder();
    for (let again = 0; again < 7; again += 1) expect((await link(token, number)).status).toBe(200);
  });
});

describe('taking a licence over by typing what is printed on it', () => {
  it('makes only a declared link, and the holder is told by post with the masked e-mail of the account', async () => {
    const number = await aRecordedLicence();
    const before = (await api.outbox.list()).length;
    const intruder = await api.identity.motorist(`intruder-${++accounts}`);
    const linked = await link(intruder, number);
    expect(linked.status).toBe(200);
    expect(linked.json()).toMatchObject({ assurance: 'declared' });
    const [letter, ...others] = await newMessages(before);
    expect(others).toEqual([]);
    expect(letter).toMatchObject({ channel: 'letter', kind: 'declared-link-letter', address });
    expect(letter?.to).toBe('Marie-Claire Anne DUBOIS-LEFÈVRE\n12 rue des Lilas\n75011 PARIS');
    expect(letter?.text).toMatch(/compte i•{3,8}@example\.org\b/);
    expect(letter?.text).not.toContain(`intruder-${accounts}@`);
    expect(letter?.text).toContain('FranceConnect');
  });

  it('is undone by the FranceConnect holder: the intruder loses access at once and both are told', async () => {
    watchSecurityEvents();
    const number = await aRecordedLicence();
    const intruder = await anEmailAccount();
    expect((await link(intruder, number)).status).toBe(200);
    const before = (await api.outbox.list()).length;
    const holderToken = await api.identity.franceConnectUser(`fc-holder-${++accounts}`, {
      ...franceConnectClaims,
      email: 'marie.dubois@example.fr',
    });

    const reclaimed = await link(holderToken, number);
    expect(reclaimed.status).toBe(200);
    expect(reclaimed.json()).toMatchObject({ licenceNumber: number, assurance: 'verified' });
    expect((await me(intruder)).licence).toBeNull();
    expect((await api.request('GET', '/v1/me/statement', { token: intruder })).status).toBe(404);
    expect((await api.request('GET', '/v1/me/history', { token: intruder })).status).toBe(404);
    expect((await me(holderToken)).licence).toMatchObject({ licenceNumber: number, assurance: 'verified' });

    const told = await newMessages(before);
    expect(told.map((message) => [message.kind, message.to]).sort()).toEqual(
      [
        ['declared-link-displaced', `linker-${accounts - 1}@example.org`],
        ['declared-link-removed', 'marie.dubois@example.fr'],
      ].sort(),
    );
    expect(events.map((event) => event.name)).toContain('declared-link-displaced');
    // Each finds what it was told among the alerts its account received.
    const kindsOf = async (token: string) =>
      (await api.request('GET', '/v1/me/alerts', { token }))
        .json<{ items: { kind: string }[] }>()
        .items.map((alert) => alert.kind);
    expect(await kindsOf(intruder)).toEqual(['declared-link-displaced']);
    expect(await kindsOf(holderToken)).toEqual(['declared-link-removed']);
  });

  it('cannot displace a verified link with a declared one', async () => {
    const number = await aRecordedLicence();
    expect((await link(await theFranceConnectHolder(), number)).status).toBe(200);
    const intruder = await link(await anEmailAccount(), number);
    expect(intruder.status).toBe(409);
    expect(intruder.json<{ type: string }>().type).toMatch(/licence-linked-elsewhere$/);
  });

  it('cannot displace a declared link with another declared one', async () => {
    const number = await aRecordedLicence();
    expect((await link(await anEmailAccount(), number)).status).toBe(200);
    expect((await link(await anEmailAccount(), number)).status).toBe(409);
  });

  it('sends no second letter when the same account links again', async () => {
    const number = await aRecordedLicence();
    const token = await anEmailAccount();
    expect((await link(token, number)).status).toBe(200);
    const before = (await api.outbox.list()).length;
    expect((await link(token, number)).status).toBe(200);
    expect(await newMessages(before)).toEqual([]);
  });
});

describe('claiming one licence from many accounts at once', () => {
  it('tells exactly one of 10 concurrent declared claimants 200, and that one holds the link', async () => {
    const number = await aRecordedLicence();
    const tokens = await Promise.all(Array.from({ length: 10 }, () => anEmailAccount()));
    const answers = await Promise.all(tokens.map((token) => link(token, number)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array<number>(9).fill(409)]);
    const winner = tokens[answers.findIndex((answer) => answer.status === 200)] ?? '';
    const holders = await Promise.all(tokens.map(async (token) => (await me(token)).licence));
    expect(holders.filter((licence) => licence !== null)).toHaveLength(1);
    expect((await me(winner)).licence).toMatchObject({ licenceNumber: number });
  });

  it('gives the licence to the FranceConnect holder when declared claimants race with it', async () => {
    const number = await aRecordedLicence();
    const tokens = await Promise.all(Array.from({ length: 5 }, () => anEmailAccount()));
    const holderToken = await theFranceConnectHolder();
    const [verified] = await Promise.all([
      link(holderToken, number),
      ...tokens.map((token) => link(token, number)),
    ]);
    expect(verified?.status).toBe(200);
    expect((await me(holderToken)).licence).toMatchObject({ licenceNumber: number, assurance: 'verified' });
    for (const token of tokens) expect((await me(token)).licence).toBeNull();
  });
});
