// The local runtime end to end, through HTTP only: the same `startLocal` as
// `npm start`, on free ports and a fresh data folder.
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, type CalendarDate } from '../../domain/calendar/index.ts';
import {
  clientCredentials,
  findDemoIdentity,
  latestCode,
  MOBILE_CLIENT_ID,
  MOBILE_REDIRECT_URI,
  readRegistryClient,
  signInAtFranceConnect,
  signInWithFranceConnect,
  signInWithPassword,
  signUp,
} from '../../local/identity/index.ts';
import { DEMO_PASSWORD, demoAccounts } from '../../local/demo/index.ts';
import { startLocal, type LocalRuntime } from '../../local/runtime/index.ts';

let runtime: LocalRuntime;
let dataDir: string;
const pool = () => ({ poolUrl: runtime.poolUrl, redirectUri: `${runtime.url}/auth/callback` });

async function api(method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(runtime.url + path, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    json: <T = Record<string, unknown>>() => JSON.parse(text) as T,
    headers: response.headers,
  };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pp-e2e-'));
  runtime = await startLocal({
    dataDir,
    port: 0,
    poolPort: 0,
    franceConnectPort: 0,
    triggerEveryMs: 3_600_000,
  });
}, 60_000);
afterAll(() => runtime.close());

describe('npm start, end to end', () => {
  it('is healthy and loaded the demo data', async () => {
    expect((await api('GET', '/v1/health')).json()).toEqual({ status: 'ok' });
    expect(runtime.demoLoaded).toBe(true);
    expect((await api('GET', '/')).text).toContain('camille.durand@example.fr');
  });

  it('signs up a new e-mail account, confirmed with the code sent to the outbox', async () => {
    const email = 'new.driver@example.org';
    const tokens = await signUp({
      ...pool(),
      email,
      password: 'Nouveau-Permis-42!',
      readCode: async (to) => latestCode(await runtime.outbox.list(), to, 'sign-up-code'),
    });
    expect((await api('GET', '/v1/me', tokens.access_token)).json()).toEqual({
      identityProvider: 'email',
      licence: null,
    });
    const outbox = (await api('GET', '/local/outbox')).json<{ items: { to: string; kind: string }[] }>();
    expect(outbox.items.some((message) => message.to === email && message.kind === 'sign-up-code')).toBe(
      true,
    );
  });

  it('signs in a demo account with its password, links its licence and reads statement, history and calendar', async () => {
    const camille = demoAccounts[0];
    if (!camille) throw new Error('no demo account');
    const { access_token: token } = await signInWithPassword({
      ...pool(),
      email: camille.email,
      password: DEMO_PASSWORD,
    });
    const linked = await api('PUT', '/v1/me/licence', token, {
      format: 'eu-card',
      licenceNumber: '23 03 13 200789',
      holder: camille.holder,
    });
    expect(linked.status).toBe(200);
    const statement = (await api('GET', '/v1/me/statement', token)).json<{
      balance: number;
      maximum: number;
      probation: unknown;
      upcoming: { rule: string }[];
    }>();
    expect(statement).toMatchObject({ balance: 8, maximum: 8, probation: { incrementsForfeited: false } });
    expect(statement.upcoming.map((change) => change.rule)).toEqual(['probation-increment', 'probation-end']);
    expect((await api('GET', '/v1/me/history', token)).json()).toEqual({
      items: [expect.objectContaining({ type: 'restoration', rule: 'probation-increment' })],
    });
    const calendar = await api('GET', '/v1/me/calendar.ics', token);
    expect(calendar.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('signs in through FranceConnect (eidas1, signed userinfo), links by the asserted identity, and gets points back when the clock moves', async () => {
    const { access_token: token } = await signInWithFranceConnect({ ...pool(), identity: 'marie' });
    const me = (await api('GET', '/v1/me', token)).json();
    expect(me).toEqual({ identityProvider: 'franceconnect', licence: null });
    const userInfo = (await (
      await fetch(`${runtime.poolUrl}/oauth2/userInfo`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as Record<string, string>;
    expect(userInfo).toMatchObject({
      family_name: 'Dubois-Lefèvre',
      given_name: 'Marie-Claire',
      birthdate: '1990-04-12',
    });

    expect(
      (await api('PUT', '/v1/me/licence', token, { format: 'eu-card', licenceNumber: '100569100123' }))
        .status,
    ).toBe(200);
    const statement = (await api('GET', '/v1/me/statement', token)).json<{
      balance: number;
      upcoming: { date: CalendarDate; rule: string }[];
    }>();
    expect(statement.balance).toBe(11);
    const sixMonth = statement.upcoming[0];
    expect(sixMonth?.rule).toBe('six-month');

    const registry = await clientCredentials({
      poolUrl: runtime.poolUrl,
      ...(await readRegistryClient(dataDir)),
    });
    const recorded = await api('POST', '/v1/registry/licences/100569100123/events', registry.access_token, {
      eventId: 'e2e-belt',
      type: 'infraction',
      offenceDate: addMonths(runtime.clock.today(), -3),
      establishedOn: runtime.clock.today(),
      class: 'C4',
      points: 0,
      label: 'Ceinture (sans point)',
    });
    expect(recorded.status).toBe(201);

    const moved = await api('POST', '/local/clock', undefined, { today: sixMonth?.date });
    expect(moved.json()).toEqual({ today: sixMonth?.date });
    const run = (await api('POST', '/local/scheduler/run')).json<{ changed: { licenceNumber: string }[] }>();
    expect(run.changed.map((change) => change.licenceNumber)).toContain('100569100123');
    expect((await api('GET', '/v1/me/statement', token)).json<{ balance: number }>().balance).toBe(12);
    expect((await api('POST', '/local/scheduler/run')).json<{ changed: unknown[] }>().changed).toEqual([]);
    const outbox = (await api('GET', '/local/outbox')).json<{ items: { to: string; kind: string }[] }>();
    expect(outbox.items[0]).toMatchObject({ to: findDemoIdentity('marie')?.email, kind: 'points-restored' });
    expect((await api('POST', '/local/clock', undefined, { today: null })).status).toBe(200);
  });

  it('moves the clock by months and days from where it stands, so scripts work on any day', async () => {
    const today = runtime.clock.today();
    const moved = await api('POST', '/local/clock', undefined, { advanceMonths: 7, advanceDays: 1 });
    expect(moved.json()).toEqual({ today: addDays(addMonths(today, 7), 1) });
    expect((await api('POST', '/local/clock', undefined, { advanceMonths: -1 })).status).toBe(400);
    expect((await api('POST', '/local/clock', undefined, { today: null })).json()).toEqual({ today });
  });

  it('accepts a token of the mobile app’s client on GET /v1/me', async () => {
    const camille = demoAccounts[0];
    if (!camille) throw new Error('no demo account');
    const { access_token: token } = await signInWithPassword({
      poolUrl: runtime.poolUrl,
      clientId: MOBILE_CLIENT_ID,
      redirectUri: MOBILE_REDIRECT_URI,
      email: camille.email,
      password: DEMO_PASSWORD,
    });
    const me = await api('GET', '/v1/me', token);
    expect(me.status).toBe(200);
    expect(me.json()).toMatchObject({ identityProvider: 'email' });
  });

  it('refuses a token signed by any other key', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const kid = (await exportJWK(publicKey)).kid ?? 'forged';
    const forged = await new SignJWT({
      token_use: 'access',
      client_id: 'permis-points-web',
      scope: 'openid',
      username: 'x',
    })
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('forged')
      .setIssuer(runtime.poolUrl)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await api('GET', '/v1/me', forged)).status).toBe(401);
  });

  it("refuses FranceConnect's own token used directly on the API", async () => {
    const { clientId, clientSecret, redirectUris } = runtime.identity.pool.franceConnectClient;
    const tokens = await signInAtFranceConnect({
      issuer: runtime.identity.franceConnect.issuer,
      client: { clientId, clientSecret, redirectUri: redirectUris[0] ?? '' },
      identity: 'jean',
    });
    expect((await api('GET', '/v1/me', tokens.access_token)).status).toBe(401);
    expect((await api('GET', '/v1/me', tokens.id_token)).status).toBe(401);
  });

  it('refuses a FranceConnect authorization request without eidas1', async () => {
    const { clientId, redirectUris } = runtime.identity.pool.franceConnectClient;
    const parameters = new URLSearchParams({
      response_type: 'code',
      client_id: clientId,
      redirect_uri: redirectUris[0] ?? '',
      scope: 'openid',
      state: 's',
      nonce: 'n',
    });
    const answer = await fetch(`${runtime.identity.franceConnect.issuer}/authorize?${parameters}`, {
      redirect: 'manual',
    });
    const location = new URL(answer.headers.get('location') ?? '', runtime.franceConnectUrl);
    expect(location.searchParams.get('error')).toBe('invalid_request');
  });
});
