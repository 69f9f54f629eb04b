// The calendar as calendar apps meet it: a secret, revocable subscription address fetched with no Authorization
// header, valid RFC 5545 for two independent parsers, event ids that tell nothing about the licence.
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../support/api-harness.ts';
import { aLicenceNumber, aLicenceRecord, anInfraction } from '../support/registry-builders.ts';

let api: ApiHarness;
let registry: string;

beforeAll(async () => {
  api = await startApiHarness({ today: '2024-06-01' as never });
  registry = await api.identity.registry();
});
afterAll(() => api.close());

const { familyName, givenNames, birthDate } = aLicenceRecord().holder;
let accounts = 0;

/** A motorist whose linked licence lost 1 point (back by the six-month rule) and 3 more (back in 3 years). */
async function aMotoristWithUpcomingRecoveries(
  events = [
    anInfraction(),
    anInfraction({ establishedOn: '2024-04-02', offenceDate: '2024-03-15', class: 'C4', points: 3 }),
  ],
) {
  const number = aLicenceNumber();
  await api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body: aLicenceRecord() });
  for (const event of events)
    await api.request('POST', `/v1/registry/licences/${number}/events`, { token: registry, body: event });
  const token = await api.identity.motorist(`calendar-${++accounts}`);
  const linked = await api.request('PUT', '/v1/me/licence', {
    token,
    body: { format: 'eu-card', licenceNumber: number, holder: { familyName, givenNames, birthDate } },
  });
  expect(linked.status).toBe(200);
  return { token, number };
}

const subscribe = async (token: string) => {
  const created = await api.request('POST', '/v1/me/calendar-feed', { token });
  expect(created.status).toBe(201);
  return created.json<{ url: string; webcalUrl: string }>();
};
const pathOf = (url: string) => new URL(url).pathname;
const fetchFeed = (url: string) => api.request('GET', pathOf(url));

function eventsByIcalJs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    summary: String(event.getFirstPropertyValue('summary')),
    start: String(event.getFirstPropertyValue('dtstart')),
    trigger: String(event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')),
  }));
}

// node-ical ships no types this project's settings resolve.
const { sync } = nodeIcal as {
  sync: { parseICS(this: void, text: string): Record<string, { type: string; uid?: string }> };
};

function eventsByNodeIcal(text: string) {
  return Object.values(sync.parseICS(text)).filter((component) => component.type === 'VEVENT');
}

describe('the calendar subscription', () => {
  it('gives a secret https address and its webcal: twin, which a calendar app fetches without a token', async () => {
    const { token } = await aMotoristWithUpcomingRecoveries();
    const { url, webcalUrl } = await subscribe(token);
    expect(url).toMatch(/^http:\/\/localhost\/v1\/calendar\/[A-Za-z0-9_-]{22}\.ics$/);
    expect(webcalUrl).toBe(url.replace(/^http:/, 'webcal:'));
    const feed = await fetchFeed(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(eventsByIcalJs(feed.text).map((event) => event.start)).toEqual(['2024-09-20', '2027-04-02']);
  });

  it('is valid RFC 5545 for two independent parsers, with a reminder at 09:00 the day before', async () => {
    const { token } = await aMotoristWithUpcomingRecoveries();
    const feed = await fetchFeed((await subscribe(token)).url);
    const byIcalJs = eventsByIcalJs(feed.text);
    const byNodeIcal = eventsByNodeIcal(feed.text);
    expect(byNodeIcal.map((event) => event.uid)).toEqual(byIcalJs.map((event) => event.uid));
    expect(byIcalJs.map((event) => event.trigger)).toEqual(['-PT15H', '-PT15H']);
    expect(byIcalJs[0]?.summary).toBe('Retour du point (règle des 6 mois) : +1 point');
    expect(feed.text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(feed.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('keeps event ids stable between fetches, and they reveal nothing of the licence number', async () => {
    const { token, number } = await aMotoristWithUpcomingRecoveries();
    const { url } = await subscribe(token);
    const first = eventsByIcalJs((await fetchFeed(url)).text).map((event) => event.uid);
    const download = await api.request('GET', '/v1/me/calendar.ics', { token });
    expect(eventsByIcalJs(download.text).map((event) => event.uid)).toEqual(first);
    expect(eventsByIcalJs((await fetchFeed(url)).text).map((event) => event.uid)).toEqual(first);
    for (const uid of first) expect(uid).not.toContain(number.slice(0, 6));
    // Another motorist's identical history gets other ids: the key is the account's, unknown outside the server.
    const other = await aMotoristWithUpcomingRecoveries();
    const theirs = eventsByIcalJs(
      (await api.request('GET', '/v1/me/calendar.ics', { token: other.token })).text,
    );
    expect(theirs.map((event) => event.uid)).not.toEqual(first);
  });

  it('is current at every fetch', async () => {
    const { token, number } = await aMotoristWithUpcomingRecoveries([]);
    const { url } = await subscribe(token);
    expect(eventsByIcalJs((await fetchFeed(url)).text)).toEqual([]);
    await api.request('POST', `/v1/registry/licences/${number}/events`, {
      token: registry,
      body: anInfraction(),
    });
    expect(eventsByIcalJs((await fetchFeed(url)).text).map((event) => event.start)).toEqual(['2024-09-20']);
  });

  it('holds a component even with nothing upcoming, and never a "+0 point" event', async () => {
    const { token } = await aMotoristWithUpcomingRecoveries([]);
    const text = (await api.request('GET', '/v1/me/calendar.ics', { token })).text;
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    expect(calendar.getAllSubcomponents().length).toBeGreaterThan(0);
    expect(eventsByNodeIcal(text)).toEqual([]);
    expect(text).not.toMatch(/\+0 point/);
  });

  it('stops working at once when a new address is made, or the address is revoked', async () => {
    const { token } = await aMotoristWithUpcomingRecoveries();
    const first = await subscribe(token);
    const second = await subscribe(token);
    expect(second.url).not.toBe(first.url);
    expect((await fetchFeed(first.url)).status).toBe(404);
    expect((await fetchFeed(second.url)).status).toBe(200);
    expect((await api.request('DELETE', '/v1/me/calendar-feed', { token })).status).toBe(204);
    expect((await fetchFeed(second.url)).status).toBe(404);
  });

  it('answers 404 for an unknown address, 400 for a malformed one, and 404 once the licence is unlinked', async () => {
    expect((await api.request('GET', '/v1/calendar/AAAAAAAAAAAAAAAAAAAAAA.ics')).status).toBe(404);
    expect((await api.request('GET', '/v1/calendar/short.ics')).status).toBe(400);
    const { token } = await aMotoristWithUpcomingRecoveries();
    const { url } = await subscribe(token);
    await api.request('DELETE', '/v1/me/licence', { token });
    expect((await fetchFeed(url)).status).toBe(404);
  });

  it('needs a signed-in motorist with a linked licence to make an address', async () => {
    expect((await api.request('POST', '/v1/me/calendar-feed')).status).toBe(401);
    expect((await api.request('POST', '/v1/me/calendar-feed', { token: 'not.a.token' })).status).toBe(401);
    expect((await api.request('POST', '/v1/me/calendar-feed', { token: registry })).status).toBe(403);
    const unlinked = await api.identity.motorist(`calendar-${++accounts}`);
    expect((await api.request('POST', '/v1/me/calendar-feed', { token: unlinked })).status).toBe(404);
  });
});

describe('deleting the account', () => {
  it('removes the link, the calendar feed and the account, and leaves the licence record to the registry', async () => {
    const { token, number } = await aMotoristWithUpcomingRecoveries();
    const { url } = await subscribe(token);
    expect((await api.request('DELETE', '/v1/me', { token })).status).toBe(204);
    expect((await api.request('GET', '/v1/me', { token })).json()).toEqual({
      identityProvider: 'email',
      licence: null,
    });
    expect((await fetchFeed(url)).status).toBe(404);
    expect(
      (await api.request('GET', `/v1/registry/licences/${number}/statement`, { token: registry })).status,
    ).toBe(200);
    const someoneElse = await api.identity.motorist(`calendar-${++accounts}`);
    const relinked = await api.request('PUT', '/v1/me/licence', {
      token: someoneElse,
      body: { format: 'eu-card', licenceNumber: number, holder: { familyName, givenNames, birthDate } },
    });
    expect(relinked.status).toBe(200);
  });

  it('refuses no token, a bad token and a registry token', async () => {
    expect((await api.request('DELETE', '/v1/me')).status).toBe(401);
    expect((await api.request('DELETE', '/v1/me', { token: 'x.y.z' })).status).toBe(401);
    expect((await api.request('DELETE', '/v1/me', { token: registry })).status).toBe(403);
  });
});
