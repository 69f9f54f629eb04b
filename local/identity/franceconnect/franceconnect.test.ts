import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeVerifiedUserinfo } from '../../../functions/franceconnect-bridge/index.ts';
import { createBrowser, signInAtFranceConnect, submitForm } from '../drive-flows.ts';
import {
  demoIdentities,
  franceConnectSubject,
  startFranceConnect,
  type FranceConnectStandIn,
} from './index.ts';

const redirectUri = 'http://localhost:4999/callback';
const loggedOutUri = 'http://localhost:4999/logged-out';
const rsaClient = { clientId: 'rs-service', clientSecret: 'rs-secret', redirectUri };
const ecClient = { clientId: 'es-service', clientSecret: 'es-secret', redirectUri };
const marie = demoIdentities.find((identity) => identity.key === 'marie');
/** Marie's subject at the service `clientId` (FranceConnect's subjects are pairwise). */
const marieAt = (clientId: string) => franceConnectSubject(marie?.sub ?? '', clientId);
const nonce = 'a-nonce-of-twenty-two-c';

let dataDir: string;
let franceConnect: FranceConnectStandIn;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'franceconnect-'));
  const registered = { redirectUris: [redirectUri], postLogoutRedirectUris: [loggedOutUri] };
  franceConnect = await startFranceConnect({
    port: 0,
    dataDir,
    clients: [
      { ...rsaClient, ...registered },
      { ...ecClient, ...registered, signingAlg: 'ES256' },
    ],
  });
});

afterAll(async () => {
  await franceConnect.close();
  await rm(dataDir, { recursive: true, force: true });
});

const signIn = (client = rsaClient, scope?: string) =>
  signInAtFranceConnect({ issuer: franceConnect.issuer, client, identity: 'marie', ...(scope && { scope }) });

const userinfoOf = (accessToken: string) =>
  fetch(`${franceConnect.issuer}/userinfo`, { headers: { authorization: `Bearer ${accessToken}` } });

describe('the local FranceConnect', () => {
  it.each([
    ['without acr_values', { nonce, state: 's', prompt: 'login consent' }],
    ['with a level other than eidas1', { acr_values: 'eidas2', nonce, state: 's', prompt: 'login consent' }],
    ['without nonce', { acr_values: 'eidas1', state: 's', prompt: 'login consent' }],
    ['without state', { acr_values: 'eidas1', nonce, prompt: 'login consent' }],
  ])(
    'sends an authorization request %s back with invalid_request',
    async (_, parameters: Record<string, string>) => {
      const query = new URLSearchParams({
        response_type: 'code',
        client_id: rsaClient.clientId,
        redirect_uri: redirectUri,
        scope: 'openid',
        ...parameters,
      });
      const visit = await createBrowser().go(`${franceConnect.issuer}/authorize?${query}`, {
        stopAt: redirectUri,
      });
      const answer = new URL(String(visit.location)).searchParams;
      expect(answer.get('error')).toBe('invalid_request');
      expect(answer.get('state')).toBe(parameters.state ?? null);
      expect(answer.get('code')).toBeNull();
    },
  );

  it('asserts eidas1 in an id token signed with the algorithm registered for the client', async () => {
    const rsa = await signIn(rsaClient);
    const ec = await signIn(ecClient);
    expect(decodeProtectedHeader(rsa.id_token).alg).toBe('RS256');
    expect(decodeProtectedHeader(ec.id_token).alg).toBe('ES256');
    const keys = createRemoteJWKSet(new URL(`${franceConnect.issuer}/jwks`));
    const { payload } = await jwtVerify(ec.id_token, keys, {
      issuer: franceConnect.issuer,
      audience: ecClient.clientId,
    });
    expect(payload).toMatchObject({ sub: marieAt(ecClient.clientId), acr: 'eidas1' });
    expect(payload.nonce).toBeTruthy();
    // As FranceConnect does, the identity itself comes only from userinfo.
    expect(payload).not.toHaveProperty('given_name');
  });

  it('answers userinfo with a signed JWT of the claims the scopes ask for', async () => {
    const { access_token } = await signIn(rsaClient, 'openid given_name birthdate');
    const response = await userinfoOf(access_token);
    expect(response.headers.get('content-type')).toMatch(/^application\/jwt/);
    const claims = decodeJwt(await response.text());
    expect(claims).toMatchObject({
      sub: marieAt(rsaClient.clientId),
      given_name: 'Marie-Claire',
      birthdate: '1990-04-12',
      aud: rsaClient.clientId,
      iss: franceConnect.issuer,
    });
    expect(claims).not.toHaveProperty('family_name');
  });

  it('gives the whole identity pivot under the identite_pivot scope', async () => {
    const { access_token } = await signIn(rsaClient, 'openid identite_pivot');
    expect(decodeJwt(await (await userinfoOf(access_token)).text())).toMatchObject({
      given_name: 'Marie-Claire',
      family_name: 'Dubois-Lefèvre',
      birthdate: '1990-04-12',
      gender: 'female',
      birthplace: '69381',
      birthcountry: '99100',
    });
  });

  it('ends its session and returns to the registered address with the state', async () => {
    const browser = createBrowser();
    const { id_token } = await signInAtFranceConnect({
      issuer: franceConnect.issuer,
      client: rsaClient,
      identity: 'jean',
      browser,
    });
    const query = new URLSearchParams({
      id_token_hint: id_token,
      post_logout_redirect_uri: loggedOutUri,
      state: 'bye',
    });
    const logoutPage = await browser.go(`${franceConnect.issuer}/session/end?${query}`, {
      stopAt: loggedOutUri,
    });
    const back = await submitForm(browser, logoutPage, 'op.logoutForm', { logout: 'yes' }, loggedOutUri);
    expect(back.location).toBe(`${loggedOutUri}?state=bye`);
  });
});

describe("the bridge's userinfo step against the local FranceConnect", () => {
  /** A fetch that hands the bridge FranceConnect's real answers, with the userinfo JWT's signature altered when `tamper`. */
  const relayingFetch =
    (tamper: boolean): typeof fetch =>
    async (input, init) => {
      const response = await fetch(input, init);
      const url = input instanceof Request ? input.url : input.toString();
      if (!url.endsWith('/userinfo') || !tamper) return response;
      const [header, payload, signature = ''] = (await response.text()).split('.');
      const altered = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
      return new Response(`${header}.${payload}.${altered}`, { headers: response.headers });
    };

  it.each([rsaClient, ecClient])(
    'accepts the genuine signed answer and refuses it tampered with ($clientId)',
    async (client) => {
      const franceConnectConfig = {
        issuer: franceConnect.issuer,
        clientId: client.clientId,
        jwksUrl: `${franceConnect.issuer}/jwks`,
      };
      const { access_token } = await signIn(client);
      const genuine = makeVerifiedUserinfo({
        franceConnect: franceConnectConfig,
        fetch: relayingFetch(false),
      });
      const tampered = makeVerifiedUserinfo({
        franceConnect: franceConnectConfig,
        fetch: relayingFetch(true),
      });
      expect(await genuine(`Bearer ${access_token}`)).toMatchObject({
        claims: { sub: marieAt(client.clientId), family_name: 'Dubois-Lefèvre' },
      });
      const refusal = await tampered(`Bearer ${access_token}`);
      expect('refused' in refusal && refusal.refused).toMatch(/signature/);
    },
  );
});

describe('a restart of the local FranceConnect with the same data folder', () => {
  it('publishes the same keys', async () => {
    const jwks = async (issuer: string): Promise<unknown> => (await fetch(`${issuer}/jwks`)).json();
    const before = await jwks(franceConnect.issuer);
    const again = await startFranceConnect({ port: 0, dataDir });
    try {
      expect(await jwks(again.issuer)).toEqual(before);
    } finally {
      await again.close();
    }
  });
});
