// What a client written against Cognito relies on, asserted against the local user pool. Each assertion
// is Cognito's documented behaviour with the CDK app clients' settings; where the stand-in cannot match it,
// a test asserts the documented deviation and says why in one line.
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { allowInsecureRequests, discovery, None } from 'openid-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_POLICY } from '../../functions/adapters/password-policy.ts';
import {
  ACCESS_TOKEN_VALIDITY_SECONDS,
  ID_TOKEN_VALIDITY_SECONDS,
  REFRESH_TOKEN_ROTATION,
} from '../../functions/http/index.ts';
import {
  clientCredentials,
  createBrowser,
  DEFAULT_LOGOUT_URI,
  DEFAULT_WEB_REDIRECT_URI,
  FlowError,
  logout,
  pageError,
  signInWithFranceConnect,
  signInWithPassword,
  signUp,
  submitForm,
  WEB_CLIENT_ID,
  type Tokens,
  type Visit,
} from '../../local/identity/index.ts';
import { MAX_CODE_ATTEMPTS } from '../../local/identity/user-pool/email-accounts.ts';
import { startStandIns, type StandIns } from './stand-ins.ts';

let standIns: StandIns;
const anyString: unknown = expect.any(String);
let poolUrl: string;
const password = 'Conformance-pass-42';

beforeAll(async () => {
  standIns = await startStandIns();
  poolUrl = standIns.providers.pool.url;
});
afterAll(() => standIns.close());
afterEach(() => {
  standIns.clock.frozenAt = undefined;
});

const signUpMotorist = async (email = standIns.newEmail()) => ({
  email,
  tokens: await signUp({ poolUrl, email, password, readCode: standIns.codeSentTo('sign-up-code') }),
});

async function refresh(refreshToken: string) {
  const response = await fetch(`${poolUrl}/oauth2/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: WEB_CLIENT_ID,
    }),
  });
  return { status: response.status, body: (await response.json()) as Partial<Tokens> & { error?: string } };
}

const authorizeUrl = (query: Record<string, string> = {}) =>
  `${poolUrl}/oauth2/authorize?${new URLSearchParams({
    response_type: 'code',
    client_id: WEB_CLIENT_ID,
    redirect_uri: DEFAULT_WEB_REDIRECT_URI,
    scope: 'openid email profile',
    code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    code_challenge_method: 'S256',
    ...query,
  })}`;

describe('discovery', () => {
  it('is readable from a web page of another origin, as browsers need for oidc-client-ts', async () => {
    const answer = await fetch(`${poolUrl}/.well-known/openid-configuration`, {
      headers: { origin: 'http://localhost:3000' },
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('serves the fields Cognito serves, and no endpoint Cognito lacks', async () => {
    const document = (await (await fetch(`${poolUrl}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(Object.keys(document).sort()).toEqual([
      'authorization_endpoint',
      'end_session_endpoint',
      'id_token_signing_alg_values_supported',
      'issuer',
      'jwks_uri',
      'response_types_supported',
      'revocation_endpoint',
      'scopes_supported',
      'subject_types_supported',
      'token_endpoint',
      'token_endpoint_auth_methods_supported',
      'userinfo_endpoint',
    ]);
    expect(document).toMatchObject({
      issuer: poolUrl,
      authorization_endpoint: `${poolUrl}/oauth2/authorize`,
      token_endpoint: `${poolUrl}/oauth2/token`,
      userinfo_endpoint: `${poolUrl}/oauth2/userInfo`,
      revocation_endpoint: `${poolUrl}/oauth2/revoke`,
      jwks_uri: `${poolUrl}/.well-known/jwks.json`,
      // Cognito's /logout, with its own parameters (client_id, logout_uri), not RP-initiated logout.
      end_session_endpoint: `${poolUrl}/logout`,
      id_token_signing_alg_values_supported: ['RS256'],
      subject_types_supported: ['public'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    });
    expect(JSON.stringify(document)).not.toContain('session/end');
  });

  it('lists only `code` as response type: Cognito also lists `token`, which no CDK app client enables', async () => {
    const document = (await (await fetch(`${poolUrl}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(document.response_types_supported).toEqual(['code']);
    expect(document.scopes_supported).toEqual(['openid', 'email', 'profile']);
  });

  it('is read by openid-client as any Cognito pool is', async () => {
    const config = await discovery(new URL(poolUrl), WEB_CLIENT_ID, undefined, None(), {
      execute: [allowInsecureRequests],
    });
    expect(config.serverMetadata().end_session_endpoint).toBe(`${poolUrl}/logout`);
  });
});

describe('access tokens', () => {
  it('have the header and the claims of Cognito access tokens', async () => {
    const { tokens } = await signUpMotorist();
    expect(decodeProtectedHeader(tokens.access_token)).toEqual({ alg: 'RS256', kid: anyString });
    const claims = decodeJwt(tokens.access_token);
    expect(claims).toMatchObject({
      token_use: 'access',
      client_id: WEB_CLIENT_ID,
      username: claims.sub,
      scope: 'openid email profile',
      iss: poolUrl,
      version: 2,
    });
    for (const name of ['sub', 'origin_jti', 'event_id'])
      expect(claims[name], name).toMatch(/^[0-9a-f-]{36}$/);
    // A Cognito `jti` is a UUID; oidc-provider keeps its own random id there, as it stores tokens by it. Both are opaque.
    expect(claims.jti).toMatch(/^[\w-]{20,}$/);
    expect(claims.auth_time).toBeLessThanOrEqual(Number(claims.iat));
    expect(Number(claims.exp) - Number(claims.iat)).toBe(ACCESS_TOKEN_VALIDITY_SECONDS);
    expect(claims).not.toHaveProperty('identities');
  });

  it('carry an `aud`: oidc-provider refuses to issue a JWT access token without one (Cognito has none), so never check it', async () => {
    const { tokens } = await signUpMotorist();
    expect(decodeJwt(tokens.access_token).aud).toBe('urn:permis-points:api');
  });

  it('of client credentials name the client as subject and carry the granted scope', async () => {
    const { clientId, clientSecret } = standIns.providers.pool.registryClient;
    const tokens = await clientCredentials({ poolUrl, clientId, clientSecret });
    expect(decodeProtectedHeader(tokens.access_token)).toEqual({ alg: 'RS256', kid: anyString });
    expect(decodeJwt(tokens.access_token)).toMatchObject({
      sub: clientId,
      client_id: clientId,
      token_use: 'access',
      scope: 'registry/write',
    });
    expect(tokens).not.toHaveProperty('refresh_token');
  });

  it('of client credentials come with the client authenticated by client_secret_basic or client_secret_post, as Cognito takes both', async () => {
    const { clientId, clientSecret } = standIns.providers.pool.registryClient;
    const response = await fetch(`${poolUrl}/oauth2/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: clientSecret,
        scope: 'registry/write',
      }),
    });
    expect(response.status).toBe(200);
    const wrongSecret = await clientCredentials({ poolUrl, clientId, clientSecret: 'not-the-secret' }).catch(
      (error: unknown) => error,
    );
    expect(wrongSecret).toMatchObject({ code: 'invalid_client' });
  });
});

describe('ID tokens', () => {
  it('have the header and the claims of Cognito ID tokens, descending from the same sign-in as the access token', async () => {
    const { email, tokens } = await signUpMotorist();
    const idToken = tokens.id_token ?? '';
    expect(decodeProtectedHeader(idToken)).toEqual({ alg: 'RS256', kid: anyString });
    const keys = createRemoteJWKSet(new URL(`${poolUrl}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(idToken, keys, { issuer: poolUrl, audience: WEB_CLIENT_ID });
    const access = decodeJwt(tokens.access_token);
    expect(payload).toMatchObject({
      token_use: 'id',
      sub: access.sub,
      'cognito:username': access.username,
      email,
      email_verified: true,
      auth_time: access.auth_time,
      origin_jti: access.origin_jti,
      event_id: access.event_id,
    });
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(payload.jti).not.toBe(access.jti);
    expect(Number(payload.exp) - Number(payload.iat)).toBe(ID_TOKEN_VALIDITY_SECONDS);
    expect(payload).not.toHaveProperty('identities');
  });

  it('carry no `at_hash`: oidc-provider computes it for front-channel answers only (Cognito adds it; OIDC makes it optional in the code flow)', async () => {
    const { tokens } = await signUpMotorist();
    expect(decodeJwt(tokens.id_token ?? '')).not.toHaveProperty('at_hash');
  });

  it('name the identity provider of a federated user in `identities`', async () => {
    const tokens = await signInWithFranceConnect({ poolUrl, identity: 'jean' });
    const payload = decodeJwt(tokens.id_token ?? '');
    expect(payload['cognito:username']).toMatch(/^FranceConnect_[0-9a-f]{64}v1$/);
    expect(payload.identities).toEqual([
      expect.objectContaining({ providerName: 'FranceConnect', providerType: 'OIDC', primary: 'true' }),
    ]);
  });
});

describe('refresh tokens', () => {
  it(`are not rotated, as the CDK app clients (rotation ${REFRESH_TOKEN_ROTATION ? 'on' : 'off'})`, async () => {
    expect(REFRESH_TOKEN_ROTATION).toBe(false);
    const { tokens } = await signUpMotorist();
    const refreshToken = tokens.refresh_token ?? '';
    const first = await refresh(refreshToken);
    expect(first.status).toBe(200);
    // Cognito answers new access and ID tokens and no refresh token: the one the client holds stays good.
    expect(first.body).not.toHaveProperty('refresh_token');
    expect(first.body.id_token).toBeTruthy();
    const access = decodeJwt(first.body.access_token ?? '');
    expect(access.sub).toBe(decodeJwt(tokens.access_token).sub);
    expect(access.origin_jti).toBe(decodeJwt(tokens.access_token).origin_jti);
    expect((await refresh(refreshToken)).status).toBe(200);
  });

  it('stop working once revoked', async () => {
    const { tokens } = await signUpMotorist();
    const refreshToken = tokens.refresh_token ?? '';
    const revoked = await fetch(`${poolUrl}/oauth2/revoke`, {
      method: 'POST',
      body: new URLSearchParams({ token: refreshToken, client_id: WEB_CLIENT_ID }),
    });
    expect(revoked.status).toBe(200);
    expect((await refresh(refreshToken)).body.error).toBe('invalid_grant');
  });
});

describe('/logout', () => {
  it('takes client_id and logout_uri, ends the session and goes back to the logout URI', async () => {
    const browser = createBrowser();
    await signUp({
      poolUrl,
      email: standIns.newEmail(),
      password,
      readCode: standIns.codeSentTo('sign-up-code'),
      browser,
    });
    const signedIn = await browser.go(authorizeUrl(), { stopAt: DEFAULT_WEB_REDIRECT_URI });
    expect(signedIn.location).toMatch(/[?&]code=/);
    const hops = await logout({ poolUrl, browser });
    expect(hops[0]).toBe(
      `${poolUrl}/logout?${new URLSearchParams({ client_id: WEB_CLIENT_ID, logout_uri: DEFAULT_LOGOUT_URI })}`,
    );
    expect(hops.at(-1)).toBe(DEFAULT_LOGOUT_URI);
    const again = await browser.go(authorizeUrl(), { stopAt: DEFAULT_WEB_REDIRECT_URI });
    expect(again.location).toBeUndefined();
    expect(again.body).toContain('id="sign-in"');
  });

  // Cognito's /logout signs the user out of the user pool only; it does not sign them out of a federated
  // identity provider (Cognito developer guide, "Logout endpoint"). The apps end FranceConnect's session.
  it('leaves the FranceConnect session of a FranceConnect user alone, as Cognito does', async () => {
    const browser = createBrowser();
    const { franceConnect } = standIns.providers;
    await signInWithFranceConnect({ poolUrl, identity: 'marie', browser });
    await expect(franceConnect.signedIn(browser.cookies(franceConnect.url))).resolves.toBe(true);
    const hops = await logout({ poolUrl, browser });
    expect(hops.filter((hop) => hop.startsWith(franceConnect.url))).toEqual([]);
    expect(hops.at(-1)).toBe(DEFAULT_LOGOUT_URI);
    await expect(franceConnect.signedIn(browser.cookies(franceConnect.url))).resolves.toBe(true);
    // Out of the pool all the same: the next sign-in shows the sign-in page.
    const again = await browser.go(authorizeUrl(), { stopAt: DEFAULT_WEB_REDIRECT_URI });
    expect(again.location).toBeUndefined();
    expect(again.body).toContain('id="sign-in"');
  });

  it('refuses Cognito’s other form, redirect_uri and response_type (sign out, then sign in again): no app of this project uses it', async () => {
    const query = { client_id: WEB_CLIENT_ID, redirect_uri: DEFAULT_WEB_REDIRECT_URI, response_type: 'code' };
    expect((await createBrowser().go(`${poolUrl}/logout?${new URLSearchParams(query)}`)).status).toBe(400);
  });

  it.each([
    ['without client_id', { logout_uri: DEFAULT_LOGOUT_URI }],
    [
      'with a logout_uri the client did not register',
      { client_id: WEB_CLIENT_ID, logout_uri: 'https://evil.example/' },
    ],
  ])('refuses a request %s, as Cognito does', async (_, query) => {
    const visit = await createBrowser().go(`${poolUrl}/logout?${new URLSearchParams(query)}`);
    expect(visit.status).toBe(400);
    expect(visit.location).toBeUndefined();
  });
});

describe('the password policy', () => {
  it(`is the one infra gives Cognito: ${PASSWORD_POLICY.minLength} characters of every kind`, async () => {
    const tooShort = 'Abcdefg12!x'.slice(0, PASSWORD_POLICY.minLength - 1);
    await expect(
      signUp({
        poolUrl,
        email: standIns.newEmail(),
        password: tooShort,
        readCode: standIns.codeSentTo('sign-up-code'),
      }),
    ).rejects.toMatchObject({ code: 'weak-password' });
    for (const weak of ['alllowercase-12!', 'ALLUPPERCASE-12!', 'No-digits-at-all!', 'NoSymbolsAtAll12'])
      await expect(
        signUp({
          poolUrl,
          email: standIns.newEmail(),
          password: weak,
          readCode: standIns.codeSentTo('sign-up-code'),
        }),
      ).rejects.toMatchObject({ code: 'weak-password' });
    await expect(
      signUp({
        poolUrl,
        email: standIns.newEmail(),
        password: 'Abcdefgh12!x',
        readCode: standIns.codeSentTo('sign-up-code'),
      }),
    ).resolves.toHaveProperty('access_token');
  });
});

describe('lock-out', () => {
  it('locks a user out after 5 failed sign-ins, even for the right password, and lets them in once it has passed', async () => {
    const { email } = await signUpMotorist();
    // The pool's clock stands still: the lock-out lasts exactly as long as the test says.
    const start = new Date();
    standIns.clock.frozenAt = start;
    const attempt = (withPassword: string) =>
      signInWithPassword({ poolUrl, email, password: withPassword }).then(
        () => 'signed in',
        (error: unknown) => (error instanceof FlowError ? error.code : String(error)),
      );
    for (let failure = 0; failure < 5; failure += 1)
      expect(await attempt('Wrong-password-42')).toBe('invalid-credentials');
    expect(await attempt(password)).toBe('too-many-attempts');
    standIns.clock.frozenAt = new Date(start.getTime() + 1000);
    expect(await attempt(password)).toBe('signed in');
  });

  it(`voids a reset code after ${MAX_CODE_ATTEMPTS} wrong tries, even for the right code after them`, async () => {
    const { email } = await signUpMotorist();
    const browser = createBrowser();
    const askForCode = async () => {
      const signInPage = await browser.go(authorizeUrl(), { stopAt: DEFAULT_WEB_REDIRECT_URI });
      const href = /href="([^"]*\/forgot-password[^"]*)"/.exec(signInPage.body)?.[1] ?? '';
      const forgot = await browser.go(new URL(href.replaceAll('&amp;', '&'), signInPage.url).href);
      const resetPage = await submitForm(browser, forgot, 'forgot-password', { email });
      return { resetPage, code: await standIns.codeSentTo('password-reset-code')(email) };
    };
    const submitCode = (page: Visit, code: string) =>
      submitForm(
        browser,
        page,
        'reset-password',
        { code, password: 'Brand-new-pass-42' },
        DEFAULT_WEB_REDIRECT_URI,
      );

    const first = await askForCode();
    const wrong = first.code === '000000' ? '111111' : '000000';
    let page = first.resetPage;
    for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt += 1) {
      page = await submitCode(page, wrong);
      expect(pageError(page)).toBe('invalid-code');
    }
    expect(pageError(await submitCode(page, first.code))).toBe('invalid-code');
    const second = await askForCode();
    expect((await submitCode(second.resetPage, second.code)).body).toContain(
      'data-notice="password-changed"',
    );
  });
});
