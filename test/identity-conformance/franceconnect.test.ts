// What a FranceConnect v2 service provider relies on, asserted against the local FranceConnect: its
// discovery, the mandatory authorize parameters (eidas1, a nonce of 22 characters or more, state,
// `prompt=login consent`), pairwise subjects, client_secret_post at the token endpoint, signed ID tokens
// and userinfo, and session/end with the ID token.
import { randomBytes } from 'node:crypto';
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrowser, signInAtFranceConnect, submitForm } from '../../local/identity/index.ts';
import { MIN_NONCE_LENGTH } from '../../local/identity/franceconnect/franceconnect.ts';
import { startStandIns, type StandIns } from './stand-ins.ts';

let standIns: StandIns;
let issuer: string;
const redirectUri = 'http://localhost:4998/callback';
const loggedOutUri = 'http://localhost:4998/logged-out';
const serviceA = { clientId: 'conformance-service-a', clientSecret: 'secret-a', redirectUri };
const serviceB = { clientId: 'conformance-service-b', clientSecret: 'secret-b', redirectUri };

beforeAll(async () => {
  standIns = await startStandIns();
  issuer = standIns.providers.franceConnect.issuer;
  for (const service of [serviceA, serviceB])
    standIns.providers.franceConnect.registerClient({
      ...service,
      redirectUris: [redirectUri],
      postLogoutRedirectUris: [loggedOutUri],
    });
});
afterAll(() => standIns.close());

const validAuthorize = () => ({
  response_type: 'code',
  client_id: serviceA.clientId,
  redirect_uri: redirectUri,
  scope: 'openid identite_pivot',
  state: randomBytes(16).toString('base64url'),
  nonce: randomBytes(32).toString('base64url'),
  acr_values: 'eidas1',
  prompt: 'login consent',
});

/** Where FranceConnect sends the browser for these authorize parameters: its picker, or back with an error. */
async function authorize(parameters: Record<string, string | undefined>) {
  const query = new URLSearchParams(
    Object.entries(parameters).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const visit = await createBrowser().go(`${issuer}/authorize?${query}`, { stopAt: redirectUri });
  const answer = visit.location ? new URL(visit.location).searchParams : undefined;
  return { picker: visit.body.includes('id="pick-identity"'), error: answer?.get('error') ?? undefined };
}

const signIn = (service = serviceA, identity = 'marie') =>
  signInAtFranceConnect({ issuer, client: service, identity, scope: 'openid identite_pivot' });

describe('discovery', () => {
  it('serves FranceConnect v2’s endpoints under /api/v2 and its choices of level, signature and authentication', async () => {
    expect(new URL(issuer).pathname).toBe('/api/v2');
    const document = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(document).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      end_session_endpoint: `${issuer}/session/end`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ['code'],
      subject_types_supported: ['pairwise'],
      token_endpoint_auth_methods_supported: ['client_secret_post'],
    });
    expect(document.acr_values_supported).toContain('eidas1');
    for (const field of ['id_token_signing_alg_values_supported', 'userinfo_signing_alg_values_supported'])
      expect(document[field], field).toEqual(expect.arrayContaining(['ES256', 'RS256']));
  });
});

describe('the authorize request', () => {
  it('shows the identity picker when every mandatory parameter is there', async () => {
    expect(await authorize(validAuthorize())).toEqual({ picker: true, error: undefined });
  });

  it.each([
    ['without acr_values', { acr_values: undefined }],
    ['with a level other than eidas1', { acr_values: 'eidas2' }],
    ['without nonce', { nonce: undefined }],
    [`with a nonce shorter than ${MIN_NONCE_LENGTH} characters`, { nonce: 'b' }],
    [`with a nonce of ${MIN_NONCE_LENGTH - 1} characters`, { nonce: 'n'.repeat(MIN_NONCE_LENGTH - 1) }],
    ['without state', { state: undefined }],
    ['without prompt', { prompt: undefined }],
    ['with prompt=login alone', { prompt: 'login' }],
    ['with prompt=consent alone', { prompt: 'consent' }],
  ])('is sent back with invalid_request %s', async (_, change) => {
    expect(await authorize({ ...validAuthorize(), ...change })).toEqual({
      picker: false,
      error: 'invalid_request',
    });
  });

  it(`takes a nonce of exactly ${MIN_NONCE_LENGTH} characters`, async () => {
    expect(await authorize({ ...validAuthorize(), nonce: 'n'.repeat(MIN_NONCE_LENGTH) })).toMatchObject({
      picker: true,
    });
  });

  it('asks the user again at every sign-in (prompt=login), even in a browser that just signed in', async () => {
    const browser = createBrowser();
    await signInAtFranceConnect({ issuer, client: serviceA, identity: 'marie', browser });
    const again = await browser.go(`${issuer}/authorize?${new URLSearchParams(validAuthorize())}`, {
      stopAt: redirectUri,
    });
    expect(again.location).toBeUndefined();
    expect(again.body).toContain('id="pick-identity"');
  });
});

describe('subjects', () => {
  it('are pairwise: stable for one person at one service, different at another', async () => {
    const atA = decodeJwt((await signIn(serviceA)).id_token).sub;
    const againAtA = decodeJwt((await signIn(serviceA)).id_token).sub;
    const atB = decodeJwt((await signIn(serviceB)).id_token).sub;
    const otherPersonAtA = decodeJwt((await signIn(serviceA, 'jean')).id_token).sub;
    expect(atA).toMatch(/^[0-9a-f]{64}v1$/);
    expect(againAtA).toBe(atA);
    expect(atB).not.toBe(atA);
    expect(otherPersonAtA).not.toBe(atA);
  });
});

describe('the token endpoint', () => {
  async function codeFor(service = serviceA) {
    const browser = createBrowser();
    const picker = await browser.go(
      `${issuer}/authorize?${new URLSearchParams({ ...validAuthorize(), client_id: service.clientId })}`,
      { stopAt: redirectUri },
    );
    const answer = await submitForm(browser, picker, 'pick-identity', { identity: 'marie' }, redirectUri);
    return new URL(String(answer.location)).searchParams.get('code') ?? '';
  }
  const exchange = (form: Record<string, string>, headers: Record<string, string> = {}) =>
    fetch(`${issuer}/token`, {
      method: 'POST',
      headers,
      body: new URLSearchParams({ grant_type: 'authorization_code', redirect_uri: redirectUri, ...form }),
    });

  it('authenticates the service by client_secret_post', async () => {
    const response = await exchange({
      code: await codeFor(),
      client_id: serviceA.clientId,
      client_secret: serviceA.clientSecret,
    });
    expect(response.status).toBe(200);
  });

  it('refuses a wrong secret', async () => {
    const wrongSecret = await exchange({
      code: await codeFor(),
      client_id: serviceA.clientId,
      client_secret: 'not-the-secret',
    });
    expect(wrongSecret.status).toBe(401);
    expect(((await wrongSecret.json()) as { error: string }).error).toBe('invalid_client');
  });

  it('also takes client_secret_basic, which FranceConnect does not advertise: oidc-provider treats the two secret methods as one', async () => {
    const basic = Buffer.from(`${serviceA.clientId}:${serviceA.clientSecret}`).toString('base64');
    const asBasic = await exchange({ code: await codeFor() }, { authorization: `Basic ${basic}` });
    expect(asBasic.status).toBe(200);
  });
});

describe('ID tokens and userinfo', () => {
  const keys = () => createRemoteJWKSet(new URL(`${issuer}/jwks`));

  it('sign the ID token, with eidas1, the nonce and the subject, and no identity in it', async () => {
    const tokens = await signIn();
    expect(decodeProtectedHeader(tokens.id_token).alg).toBe('RS256');
    const { payload } = await jwtVerify(tokens.id_token, keys(), { issuer, audience: serviceA.clientId });
    expect(payload).toMatchObject({ acr: 'eidas1' });
    expect(String(payload.nonce).length).toBeGreaterThanOrEqual(MIN_NONCE_LENGTH);
    expect(payload).not.toHaveProperty('family_name');
  });

  it('answer userinfo as a signed JWT (application/jwt) of the identity pivot, for the same subject', async () => {
    const tokens = await signIn();
    const response = await fetch(`${issuer}/userinfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(response.headers.get('content-type')).toMatch(/^application\/jwt/);
    const { payload } = await jwtVerify(await response.text(), keys(), {
      issuer,
      audience: serviceA.clientId,
    });
    expect(payload).toMatchObject({
      sub: decodeJwt(tokens.id_token).sub,
      given_name: 'Marie-Claire',
      family_name: 'Dubois-Lefèvre',
      birthdate: '1990-04-12',
      gender: 'female',
      birthplace: '69381',
      birthcountry: '99100',
    });
  });
});

describe('session/end', () => {
  it('logs the user out with the ID token and goes back to the registered URI with the state', async () => {
    const browser = createBrowser();
    const tokens = await signInAtFranceConnect({ issuer, client: serviceA, identity: 'marie', browser });
    const { franceConnect } = standIns.providers;
    await expect(franceConnect.signedIn(browser.cookies(franceConnect.url))).resolves.toBe(true);
    const query = new URLSearchParams({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: loggedOutUri,
      state: 'logout-state',
    });
    const confirm = await browser.go(`${issuer}/session/end?${query}`, { stopAt: loggedOutUri });
    // The stand-in's confirmation form submits itself in a browser; a script posts it.
    const done = await submitForm(browser, confirm, 'op.logoutForm', { logout: 'yes' }, loggedOutUri);
    const back = new URL(String(done.location));
    expect(`${back.origin}${back.pathname}`).toBe(loggedOutUri);
    expect(back.searchParams.get('state')).toBe('logout-state');
    await expect(franceConnect.signedIn(browser.cookies(franceConnect.url))).resolves.toBe(false);
  });

  it('refuses a post-logout URI the service did not register', async () => {
    const tokens = await signIn();
    const query = new URLSearchParams({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: 'https://evil.example/',
    });
    expect((await createBrowser().go(`${issuer}/session/end?${query}`)).status).toBe(400);
  });
});
