import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JwtRsaVerifier } from 'aws-jwt-verify';
import { validateCognitoJwtFields } from 'aws-jwt-verify/cognito-verifier';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { decodeJwt, decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOutbox, type Outbox } from '../outbox/index.ts';
import {
  clientCredentials,
  createBrowser,
  DEFAULT_LOGOUT_URI,
  DEFAULT_WEB_REDIRECT_URI,
  findDemoIdentity,
  FlowError,
  franceConnectSubject,
  latestCode,
  logOutOfFranceConnect,
  logout,
  MOBILE_CLIENT_ID,
  MOBILE_LOGOUT_URI,
  MOBILE_REDIRECT_URI,
  POOL_CLIENT_AT_FRANCECONNECT,
  resetPassword,
  signInAtFranceConnect,
  signInWithFranceConnect,
  signInWithPassword,
  signUp,
  startIdentityProviders,
  startUserPool,
  submitForm,
  WEB_CLIENT_ID,
  type IdentityProviders,
  type UserPool,
} from './index.ts';

let dataDir: string;
let outbox: Outbox;
let providers: IdentityProviders;
let pool: UserPool;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'identity-'));
  outbox = await openOutbox(join(dataDir, 'outbox.json'));
  providers = await startIdentityProviders({ dataDir, outbox, poolPort: 0, franceConnectPort: 0 });
  pool = providers.pool;
});

afterAll(async () => {
  await providers.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** The API's verification of pool access tokens (functions/http), against a pool's JWKS over HTTP. */
function accessTokenVerifier(userPool: UserPool, clientIds = [WEB_CLIENT_ID]) {
  return JwtRsaVerifier.create(
    {
      issuer: userPool.url,
      audience: null,
      jwksUri: userPool.jwksUrl,
      customJwtCheck: ({ payload }) =>
        validateCognitoJwtFields(payload, { tokenUse: 'access', clientId: clientIds }),
    },
    {
      jwksCache: new SimpleJwksCache({
        fetcher: { fetch: async (uri: string) => (await fetch(uri)).arrayBuffer() },
      }),
    },
  );
}

const codeSentTo = (kind: 'sign-up-code' | 'password-reset-code') => async (email: string) =>
  latestCode(await outbox.list(), email, kind);

let accountCount = 0;
/** A new email address for each test, so that tests do not depend on each other. */
const newEmail = () => `motorist-${++accountCount}@example.org`;
const password = 'Correct-horse-42';

const signUpMotorist = (email: string, userPool = pool) =>
  signUp({ poolUrl: userPool.url, email, password, readCode: codeSentTo('sign-up-code') });

const userInfo = async (accessToken: string) => {
  const response = await fetch(`${pool.url}/oauth2/userInfo`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('email accounts of the local user pool', () => {
  it('signs up, confirms with the code sent by mail and signs in with a Cognito-shaped access token', async () => {
    const email = newEmail();
    const first = await signUpMotorist(email);
    const tokens = await signInWithPassword({ poolUrl: pool.url, email, password });
    const payload = await accessTokenVerifier(pool).verify(tokens.access_token);
    expect(payload).toMatchObject({
      sub: decodeJwt(first.access_token).sub,
      token_use: 'access',
      client_id: WEB_CLIENT_ID,
      scope: 'openid email profile',
      username: payload.sub,
      version: 2,
      iss: pool.url,
    });
    expect(payload.auth_time).toBeTypeOf('number');
    expect(payload).not.toHaveProperty('identities');
    expect(tokens.refresh_token).toBeTruthy();
    expect(await userInfo(tokens.access_token)).toEqual({
      status: 200,
      body: { sub: payload.sub, email, email_verified: 'true', username: payload.sub },
    });
  });

  it('refuses a wrong password', async () => {
    const email = newEmail();
    await signUpMotorist(email);
    await expect(
      signInWithPassword({ poolUrl: pool.url, email, password: 'Wrong-horse-42' }),
    ).rejects.toMatchObject({
      code: 'invalid-credentials',
    });
  });

  it('refuses to sign in an account whose email address was never confirmed', async () => {
    const email = newEmail();
    const neverConfirmed = () => Promise.reject(new Error('the code is never entered'));
    await expect(signUp({ poolUrl: pool.url, email, password, readCode: neverConfirmed })).rejects.toThrow();
    await expect(signInWithPassword({ poolUrl: pool.url, email, password })).rejects.toMatchObject({
      code: 'not-confirmed',
    });
  });

  it('refuses a password weaker than the policy', async () => {
    await expect(
      signUp({
        poolUrl: pool.url,
        email: newEmail(),
        password: 'onlylowercase',
        readCode: codeSentTo('sign-up-code'),
      }),
    ).rejects.toMatchObject({ code: 'weak-password' });
  });

  it('refuses a second sign-up with an address that already has an account', async () => {
    const email = newEmail();
    await signUpMotorist(email);
    await expect(signUpMotorist(email)).rejects.toMatchObject({ code: 'account-exists' });
  });

  it('lets a motorist choose a new password with a code sent by mail', async () => {
    const email = newEmail();
    await signUpMotorist(email);
    await resetPassword({
      poolUrl: pool.url,
      email,
      newPassword: 'Brand-new-pass-7',
      readCode: codeSentTo('password-reset-code'),
    });
    await expect(signInWithPassword({ poolUrl: pool.url, email, password })).rejects.toBeInstanceOf(
      FlowError,
    );
    const tokens = await signInWithPassword({ poolUrl: pool.url, email, password: 'Brand-new-pass-7' });
    expect(await accessTokenVerifier(pool).verify(tokens.access_token)).toMatchObject({
      token_use: 'access',
    });
  });
});

/** The start of a sign-in at the pool, as the web app would send the browser there. */
const authorizeUrl = (query: Record<string, string> = {}) =>
  `${pool.url}/oauth2/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: WEB_CLIENT_ID,
    redirect_uri: DEFAULT_WEB_REDIRECT_URI,
    scope: 'openid',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
    ...query,
  })}`;

describe('the hosted pages', () => {
  const signInPage = (query: Record<string, string>) => createBrowser().go(authorizeUrl(query));

  it('are in French by default, with labelled fields and the FranceConnect button', async () => {
    const page = await signInPage({});
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="fr">');
    expect(page.body).toContain('<label for="email">Adresse électronique</label>');
    expect(page.body).toContain('<input id="email" name="email" type="email"');
    expect(page.body).toContain('<label for="password">Mot de passe</label>');
    expect(page.body).toContain('Se connecter avec FranceConnect');
    expect(page.body).not.toContain('<script');
  });

  it('are in English when the app asks with ui_locales', async () => {
    const page = await signInPage({ ui_locales: 'en-GB' });
    expect(page.body).toContain('<html lang="en">');
    expect(page.body).toContain('<label for="email">Email address</label>');
    expect(page.body).toContain('Sign in with FranceConnect');
  });
});

/** The subject FranceConnect gives the pool for a demo identity (its subjects are pairwise). */
const subjectAtPool = (key: string) =>
  franceConnectSubject(findDemoIdentity(key)?.sub ?? '', POOL_CLIENT_AT_FRANCECONNECT);

describe('signing in through FranceConnect', () => {
  const marie = { sub: subjectAtPool('marie') };

  it('gives a pool token naming the FranceConnect identity, and the asserted identity at userInfo', async () => {
    const tokens = await signInWithFranceConnect({ poolUrl: pool.url, identity: 'marie' });
    const payload = await accessTokenVerifier(pool).verify(tokens.access_token);
    expect(payload.username).toBe(`FranceConnect_${marie?.sub}`);
    // As Cognito's, only the ID token names the identity provider.
    expect(payload).not.toHaveProperty('identities');
    expect(decodeJwt(tokens.id_token ?? '').identities).toEqual([
      expect.objectContaining({
        userId: marie?.sub,
        providerName: 'FranceConnect',
        providerType: 'OIDC',
        primary: 'true',
      }),
    ]);
    expect((await userInfo(tokens.access_token)).body).toMatchObject({
      sub: payload.sub,
      username: `FranceConnect_${marie?.sub}`,
      given_name: 'Marie-Claire',
      family_name: 'Dubois-Lefèvre',
      birthdate: '1990-04-12',
      gender: 'female',
      'custom:birthplace': '69381',
      'custom:birthcountry': '99100',
    });
  });

  it('finds the same account when the same identity signs in again, even straight from identity_provider', async () => {
    const first = await signInWithFranceConnect({ poolUrl: pool.url, identity: 'jean' });
    const again = await signInWithFranceConnect({ poolUrl: pool.url, identity: 'jean', direct: true });
    const other = await signInWithFranceConnect({ poolUrl: pool.url, identity: 'nobody', direct: true });
    expect(decodeJwt(again.access_token).sub).toBe(decodeJwt(first.access_token).sub);
    expect(decodeJwt(other.access_token).sub).not.toBe(decodeJwt(first.access_token).sub);
  });

  it("ends the FranceConnect session through the bridge, then the pool's through its /logout, as the web does", async () => {
    const browser = createBrowser();
    const tokens = await signInWithFranceConnect({ poolUrl: pool.url, identity: 'marie', browser });
    const { franceConnect } = providers;
    await expect(franceConnect.signedIn(browser.cookies(franceConnect.url))).resolves.toBe(true);
    const franceConnectHops = await logOutOfFranceConnect({
      bridgeLogoutUrl: pool.bridgeLogoutUrl,
      accessToken: tokens.access_token,
      browser,
    });
    const endSession = franceConnectHops?.find((hop) =>
      hop.startsWith(`${franceConnect.issuer}/session/end?`),
    );
    expect(new URL(String(endSession)).searchParams.get('id_token_hint')).toBeTruthy();
    expect(franceConnectHops?.at(-1)).toMatch(/^http:\/\/localhost:3000\/auth\/logged-out\?state=/);
    await expect(franceConnect.signedIn(browser.cookies(franceConnect.url))).resolves.toBe(false);
    expect((await logout({ poolUrl: pool.url, browser })).at(-1)).toBe('http://localhost:3000/');
    // Signed out of both: the next sign-in goes through FranceConnect's identity picker again.
    const again = await browser.go(authorizeUrl({ identity_provider: 'FranceConnect' }), {
      stopAt: DEFAULT_WEB_REDIRECT_URI,
    });
    expect(again.location).toBeUndefined();
    expect(again.body).toContain('id="pick-identity"');
  });

  it("lets the web's origin alone ask the bridge for FranceConnect's logout from a browser", async () => {
    const preflight = (origin: string) =>
      fetch(pool.bridgeLogoutUrl, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    const web = await preflight('http://localhost:3000');
    expect(web.status).toBe(204);
    expect(web.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(web.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('logs an email user out of the pool alone', async () => {
    const browser = createBrowser();
    const email = newEmail();
    const tokens = await signUp({
      poolUrl: pool.url,
      email,
      password,
      readCode: codeSentTo('sign-up-code'),
      browser,
    });
    await expect(
      logOutOfFranceConnect({
        bridgeLogoutUrl: pool.bridgeLogoutUrl,
        accessToken: tokens.access_token,
        browser,
      }),
    ).resolves.toBeUndefined();
    const hops = await logout({ poolUrl: pool.url, browser });
    expect(hops.some((hop) => hop.startsWith(providers.franceConnect.url))).toBe(false);
    expect(hops.at(-1)).toBe('http://localhost:3000/');
  });
});

describe('the mobile app’s client', () => {
  const mobileClient = () => ({
    poolUrl: pool.url,
    clientId: MOBILE_CLIENT_ID,
    redirectUri: MOBILE_REDIRECT_URI,
  });
  const mobileAuthorizeUrl = (query: Record<string, string> = {}) =>
    authorizeUrl({ client_id: MOBILE_CLIENT_ID, redirect_uri: MOBILE_REDIRECT_URI, ...query });
  const bothClients = [WEB_CLIENT_ID, MOBILE_CLIENT_ID];

  it('signs in with a password on the hosted pages and gets the code back on the app’s own scheme', async () => {
    const email = newEmail();
    await signUpMotorist(email);
    const browser = createBrowser();
    const signInPage = await browser.go(mobileAuthorizeUrl({ state: 'app-state' }));
    const answer = await submitForm(browser, signInPage, 'sign-in', { email, password });
    const callback = new URL(String(answer.location));
    expect(`${callback.protocol}${callback.pathname}`).toBe(MOBILE_REDIRECT_URI);
    expect(callback.searchParams.get('code')).toBeTruthy();
    expect(callback.searchParams.get('state')).toBe('app-state');
  });

  it('gets an access token of its own, which the API’s check takes once the mobile client is in its list', async () => {
    const email = newEmail();
    await signUpMotorist(email);
    const tokens = await signInWithPassword({ ...mobileClient(), email, password });
    const payload = await accessTokenVerifier(pool, bothClients).verify(tokens.access_token);
    expect(payload).toMatchObject({
      token_use: 'access',
      client_id: MOBILE_CLIENT_ID,
      scope: 'openid email profile',
      username: payload.sub,
    });
    expect(tokens.refresh_token).toBeTruthy();
    await expect(accessTokenVerifier(pool).verify(tokens.access_token)).rejects.toThrow();
    expect(await userInfo(tokens.access_token)).toMatchObject({ status: 200, body: { email } });
  });

  it('refuses an authorization request without a PKCE code challenge', async () => {
    const withoutPkce = new URL(mobileAuthorizeUrl());
    withoutPkce.searchParams.delete('code_challenge');
    withoutPkce.searchParams.delete('code_challenge_method');
    const answer = await createBrowser().go(withoutPkce.href);
    const callback = new URL(String(answer.location));
    expect(callback.searchParams.get('code')).toBeNull();
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('error_description')).toContain('PKCE');
  });

  it('cannot send the code to the web app’s redirect URI, nor the web client to the app’s scheme', async () => {
    const email = newEmail();
    await signUpMotorist(email);
    await expect(
      signInWithPassword({ ...mobileClient(), redirectUri: DEFAULT_WEB_REDIRECT_URI, email, password }),
    ).rejects.toMatchObject({ code: 'invalid_redirect_uri' });
    await expect(
      signInWithPassword({ poolUrl: pool.url, redirectUri: MOBILE_REDIRECT_URI, email, password }),
    ).rejects.toMatchObject({ code: 'invalid_redirect_uri' });
  });

  it('cannot get a client-credentials token', async () => {
    const answer = await fetch(`${pool.url}/oauth2/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: MOBILE_CLIENT_ID }),
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({
      error: 'invalid_request',
      error_description: 'requested grant type is not allowed for this client',
    });
  });

  it('opens the token endpoint to no web page, not even to the opaque origin of its own scheme', async () => {
    for (const origin of ['null', 'http://localhost:3000']) {
      const answer = await fetch(`${pool.url}/oauth2/token`, {
        method: 'POST',
        headers: { origin },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: 'unknown',
          client_id: MOBILE_CLIENT_ID,
        }),
      });
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('signs in through FranceConnect too', async () => {
    const tokens = await signInWithFranceConnect({ ...mobileClient(), identity: 'marie' });
    const payload = await accessTokenVerifier(pool, bothClients).verify(tokens.access_token);
    expect(payload.client_id).toBe(MOBILE_CLIENT_ID);
    expect(payload.username).toBe(`FranceConnect_${subjectAtPool('marie')}`);
  });

  it('logs out back to the app’s own scheme, and to no logout URI of the web app', async () => {
    const browser = createBrowser();
    const email = newEmail();
    await signUp({ ...mobileClient(), email, password, readCode: codeSentTo('sign-up-code'), browser });
    await expect(
      logout({ poolUrl: pool.url, browser, clientId: MOBILE_CLIENT_ID, logoutUri: DEFAULT_LOGOUT_URI }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    const hops = await logout({
      poolUrl: pool.url,
      browser,
      clientId: MOBILE_CLIENT_ID,
      logoutUri: MOBILE_LOGOUT_URI,
    });
    expect(hops.at(-1)).toBe(MOBILE_LOGOUT_URI);
  });
});

describe('tokens that are not the pool’s own access tokens', () => {
  it('refuses a token with the right claims signed by another key', async () => {
    const genuine = decodeJwt(
      (await signInWithFranceConnect({ poolUrl: pool.url, identity: 'marie' })).access_token,
    );
    const { privateKey } = await generateKeyPair('RS256');
    const poolKid = decodeProtectedHeader(
      (await clientCredentials({ poolUrl: pool.url, ...pool.registryClient })).access_token,
    ).kid;
    const forged = await new SignJWT(genuine)
      .setProtectedHeader({ alg: 'RS256', kid: poolKid })
      .sign(privateKey);
    await expect(accessTokenVerifier(pool).verify(forged)).rejects.toThrow();
    expect((await userInfo(forged)).status).toBe(401);
  });

  it("refuses FranceConnect's own tokens presented as pool tokens", async () => {
    const client = {
      clientId: 'other-service',
      clientSecret: 'other-secret',
      redirectUri: 'http://localhost:4999/callback',
    };
    providers.franceConnect.registerClient({
      ...client,
      redirectUris: [client.redirectUri],
      postLogoutRedirectUris: [],
    });
    const fc = await signInAtFranceConnect({
      issuer: providers.franceConnect.issuer,
      client,
      identity: 'marie',
    });
    await expect(accessTokenVerifier(pool).verify(fc.id_token)).rejects.toThrow();
    await expect(accessTokenVerifier(pool).verify(fc.access_token)).rejects.toThrow();
    expect((await userInfo(fc.id_token)).status).toBe(401);
  });
});

describe('client credentials', () => {
  it('gives the registry client a token with scope registry/write', async () => {
    const tokens = await clientCredentials({ poolUrl: pool.url, ...pool.registryClient });
    const payload = await accessTokenVerifier(pool, [pool.registryClient.clientId]).verify(
      tokens.access_token,
    );
    expect(payload).toMatchObject({
      sub: pool.registryClient.clientId,
      client_id: pool.registryClient.clientId,
      scope: 'registry/write',
      token_use: 'access',
    });
  });

  it('grants every allowed scope when none is asked and refuses an unknown one, as Cognito does', async () => {
    const all = await clientCredentials({ poolUrl: pool.url, ...pool.registryClient, scope: '' });
    expect(decodeJwt(all.access_token).scope).toBe('registry/write');
    await expect(
      clientCredentials({ poolUrl: pool.url, ...pool.registryClient, scope: 'registry/admin' }),
    ).rejects.toMatchObject({
      code: 'invalid_scope',
    });
  });

  it('refuses a wrong secret and the web client', async () => {
    await expect(
      clientCredentials({ poolUrl: pool.url, clientId: pool.registryClient.clientId, clientSecret: 'guess' }),
    ).rejects.toMatchObject({
      code: 'invalid_client',
    });
    const web = await fetch(`${pool.url}/oauth2/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: WEB_CLIENT_ID,
        scope: 'registry/write',
      }),
    });
    expect(web.status).toBe(400);
    expect(await web.json()).toMatchObject({
      error: 'invalid_request',
      error_description: 'requested grant type is not allowed for this client',
    });
  });
});

describe('a restart of the user pool with the same data folder', () => {
  it('keeps its keys, so earlier tokens still verify, and its accounts', async () => {
    const restartDir = await mkdtemp(join(tmpdir(), 'identity-restart-'));
    const franceConnect = {
      issuer: providers.franceConnect.issuer,
      clientId: 'unused',
      clientSecret: 'unused',
    };
    const before = await startUserPool({ port: 0, dataDir: restartDir, outbox, franceConnect });
    const email = newEmail();
    const tokens = await signUpMotorist(email, before);
    const port = new URL(before.url).port;
    await before.close();
    const after = await startUserPool({ port: Number(port), dataDir: restartDir, outbox, franceConnect });
    try {
      expect(after.registryClient).toEqual(before.registryClient);
      expect(await accessTokenVerifier(after).verify(tokens.access_token)).toMatchObject({
        sub: decodeJwt(tokens.access_token).sub,
      });
      const again = await signInWithPassword({ poolUrl: after.url, email, password });
      expect(decodeJwt(again.access_token).sub).toBe(decodeJwt(tokens.access_token).sub);
    } finally {
      await after.close();
      await rm(restartDir, { recursive: true, force: true });
    }
  });
});
