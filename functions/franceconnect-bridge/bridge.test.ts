import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestIdentity, type TestIdentity } from '../../test/support/test-identity.ts';
import { makeInMemoryFranceConnectSessionStore } from '../adapters/franceconnect-session-store.ts';
import { bridgeConfigFromEnvironment, makeBridgeHandlers, type BridgeConfig } from './index.ts';

const issuer = 'https://fc.test/api/v2';
const webLoggedOut = 'https://app.test/auth/logged-out';
const fcSub = 'a'.repeat(64) + 'v1';

let fcKey: CryptoKey;
let strangerKey: CryptoKey;
let jwks: { keys: unknown[] };
/** The user pool whose access tokens the logout step takes. */
let pool: TestIdentity;
let config: BridgeConfig;

beforeAll(async () => {
  const fc = await generateKeyPair('ES256');
  fcKey = fc.privateKey;
  strangerKey = (await generateKeyPair('ES256')).privateKey;
  jwks = { keys: [{ ...(await exportJWK(fc.publicKey)), kid: 'fc', alg: 'ES256', use: 'sig' }] };
  pool = await startTestIdentity();
  config = {
    franceConnect: { issuer, clientId: 'pool-client', jwksUrl: `${issuer}/jwks` },
    postLogoutRedirectUris: [webLoggedOut],
    userPool: { issuer: pool.issuer, jwksUri: pool.jwksUri, clientIds: [pool.webClientId] },
  };
});
afterAll(() => pool.close());

const sign = (payload: JWTPayload, { key = fcKey, audience = 'pool-client' } = {}) =>
  new SignJWT(payload)
    .setProtectedHeader({ alg: 'ES256', kid: 'fc' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(key);

/** A FranceConnect that answers the bridge's back-channel calls; `userinfo` gives its signed answer. */
function fakeFranceConnect(userinfo: () => Promise<string>, tokenAnswer?: Response) {
  return vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    if (url === `${issuer}/jwks`) return Response.json(jwks);
    if (url === `${issuer}/token`) {
      return (
        tokenAnswer ??
        Response.json({
          access_token: 'fc-at',
          token_type: 'Bearer',
          id_token: await sign({ sub: fcSub, acr: 'eidas1' }),
        })
      );
    }
    if (url === `${issuer}/userinfo`) {
      const authorization = new Headers(init?.headers).get('authorization');
      if (authorization !== 'Bearer fc-at') return new Response(null, { status: 401 });
      return new Response(await userinfo(), { headers: { 'content-type': 'application/jwt' } });
    }
    return new Response(null, { status: 404 });
  });
}

const marie = {
  sub: fcSub,
  given_name: 'Marie-Claire',
  family_name: 'Dubois-Lefèvre',
  birthdate: '1990-04-12',
};

function event(overrides: Partial<APIGatewayProxyEventV2> = {}): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/',
    rawQueryString: '',
    headers: {},
    isBase64Encoded: false,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: 'bridge.test',
      domainPrefix: 'bridge',
      http: { method: 'GET', path: '/', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'r',
      routeKey: '$default',
      stage: '$default',
      time: '',
      timeEpoch: 0,
    },
    ...overrides,
  };
}

function bridge(fetch = fakeFranceConnect(() => sign(marie)), now = new Date('2026-01-01T10:00:00Z')) {
  const clock = { now };
  const sessions = makeInMemoryFranceConnectSessionStore(() => clock.now);
  const handlers = makeBridgeHandlers(config, { sessions, fetch, clock: () => clock.now });
  return { ...handlers, fetch, clock, sessions };
}

const exchange = (handlers: ReturnType<typeof bridge>) =>
  handlers.token(
    event({
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=authorization_code&code=abc&client_id=pool-client&client_secret=s3cret',
    }),
  );

describe('the bridge authorize step', () => {
  it('redirects to FranceConnect with every parameter it was given, the eidas1 level and the prompts FranceConnect requires', async () => {
    const { authorize } = bridge();
    const answer = await authorize(
      event({
        rawQueryString:
          'client_id=pool-client&scope=openid%20given_name&state=xyz&nonce=n1&acr_values=eidas2',
      }),
    );
    expect(answer.statusCode).toBe(302);
    const location = new URL(String(answer.headers?.location));
    expect(`${location.origin}${location.pathname}`).toBe(`${issuer}/authorize`);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      client_id: 'pool-client',
      scope: 'openid given_name',
      state: 'xyz',
      nonce: 'n1',
      acr_values: 'eidas1',
      prompt: 'login consent',
    });
  });
});

describe('the bridge token step', () => {
  it("relays the code exchange with the client's authentication and answers FranceConnect's tokens", async () => {
    const handlers = bridge();
    const answer = await exchange(handlers);
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body ?? '{}')).toMatchObject({ access_token: 'fc-at', token_type: 'Bearer' });
    const [url, init] = handlers.fetch.mock.calls[0] ?? [];
    expect(url).toBe(`${issuer}/token`);
    expect(init?.body).toBe(
      'grant_type=authorization_code&code=abc&client_id=pool-client&client_secret=s3cret',
    );
    expect(new Headers(init?.headers).get('content-type')).toBe('application/x-www-form-urlencoded');
  });

  it('passes a Basic client authentication header through', async () => {
    const handlers = bridge();
    await handlers.token(
      event({
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: 'Basic cG9vbDpzZWNyZXQ=',
        },
        body: Buffer.from('grant_type=authorization_code&code=abc').toString('base64'),
        isBase64Encoded: true,
      }),
    );
    const [, init] = handlers.fetch.mock.calls[0] ?? [];
    expect(new Headers(init?.headers).get('authorization')).toBe('Basic cG9vbDpzZWNyZXQ=');
    expect(init?.body).toBe('grant_type=authorization_code&code=abc');
  });

  it("relays FranceConnect's refusal unchanged and keeps nothing", async () => {
    const refusal = Response.json({ error: 'invalid_grant' }, { status: 400 });
    const handlers = bridge(fakeFranceConnect(() => sign(marie), refusal));
    const answer = await exchange(handlers);
    expect(answer.statusCode).toBe(400);
    expect(JSON.parse(answer.body ?? '{}')).toEqual({ error: 'invalid_grant' });
    const logout = await askLogout(handlers, await pool.franceConnectUser('pool-sub', {}));
    expect(logout.statusCode).toBe(204);
  });
});

describe('the bridge userinfo step', () => {
  // Refusals are logged; keep the test output clean.
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it('answers the claims FranceConnect signed, as plain JSON', async () => {
    const { userinfo } = bridge();
    const answer = await userinfo(event({ headers: { authorization: 'Bearer fc-at' } }));
    expect(answer.statusCode).toBe(200);
    expect(answer.headers?.['content-type']).toBe('application/json');
    expect(JSON.parse(answer.body ?? '{}')).toEqual(marie);
  });

  it('refuses a userinfo answer whose signature was tampered with, and gives no claims', async () => {
    const tampered = async () => {
      const [header, payload, signature = ''] = (await sign(marie)).split('.');
      const flipped = (signature[5] === 'A' ? 'B' : 'A') + signature.slice(6);
      return `${header}.${payload}.${signature.slice(0, 5)}${flipped}`;
    };
    const { userinfo } = bridge(fakeFranceConnect(tampered));
    const answer = await userinfo(event({ headers: { authorization: 'Bearer fc-at' } }));
    expect(answer.statusCode).toBe(401);
    expect(answer.headers?.['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(answer.body).not.toContain('Marie');
  });

  it.each([
    ['signed by another key', () => sign(marie, { key: strangerKey })],
    ['meant for another client', () => sign(marie, { audience: 'someone-else' })],
    ['not signed at all', () => Promise.resolve(JSON.stringify(marie))],
  ])('refuses a userinfo answer %s', async (_, answer) => {
    const { userinfo } = bridge(fakeFranceConnect(answer));
    const response = await userinfo(event({ headers: { authorization: 'Bearer fc-at' } }));
    expect(response.statusCode).toBe(401);
  });

  it('refuses a request without a bearer token without calling FranceConnect', async () => {
    const handlers = bridge();
    const answer = await handlers.userinfo(event());
    expect(answer.statusCode).toBe(401);
    expect(handlers.fetch).not.toHaveBeenCalled();
  });
});

/** The web's request for FranceConnect's logout, with `accessToken` as bearer (none when undefined). */
const askLogout = (
  handlers: ReturnType<typeof bridge>,
  accessToken: string | undefined,
  body: unknown = { postLogoutRedirectUri: webLoggedOut },
) =>
  handlers.logout(
    event({
      headers: {
        'content-type': 'application/json',
        ...(accessToken !== undefined && { authorization: `Bearer ${accessToken}` }),
      },
      body: JSON.stringify(body),
    }),
  );

const answerOf = (answer: { body?: string }) => JSON.parse(answer.body ?? '{}') as Record<string, unknown>;

describe('the bridge logout', () => {
  // Refused tokens are logged as security events; keep the test output clean.
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  const marieAtThePool = () =>
    pool
      .franceConnectUser('pool-marie', {})
      .then(() => pool.token({ sub: 'pool-marie', username: `FranceConnect_${fcSub}` }));

  it("answers FranceConnect's logout address with the id token kept at sign-in, the return asked for and a fresh state", async () => {
    const handlers = bridge();
    const tokens = JSON.parse((await exchange(handlers)).body ?? '{}') as { id_token: string };
    const answer = await askLogout(handlers, await marieAtThePool());
    expect(answer.statusCode).toBe(200);
    expect(answer.headers?.['cache-control']).toBe('no-store');
    const { url, state } = answerOf(answer) as { url: string; state: string };
    const location = new URL(url);
    expect(`${location.origin}${location.pathname}`).toBe(`${issuer}/session/end`);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: webLoggedOut,
      state,
    });
    expect(state).toMatch(/^[\w-]{43}$/);
    const again = answerOf(await askLogout(handlers, await marieAtThePool()));
    expect(again.state).not.toBe(state);
  });

  it('answers 204 for a user who did not sign in through FranceConnect: there is nothing to end', async () => {
    const handlers = bridge();
    await exchange(handlers);
    const answer = await askLogout(handlers, await pool.motorist('5f1c6a0e-user'));
    expect(answer.statusCode).toBe(204);
    expect(answer.body).toBeUndefined();
  });

  it('no longer uses an id token kept longer than a session lasts', async () => {
    const handlers = bridge();
    await exchange(handlers);
    handlers.clock.now = new Date('2026-01-01T22:00:01Z');
    expect((await askLogout(handlers, await marieAtThePool())).statusCode).toBe(204);
  });

  it("ends only the caller's own session: another user's token gets their id token, and a request cannot name someone", async () => {
    const handlers = bridge();
    await exchange(handlers);
    const jeanSub = 'b'.repeat(64) + 'v1';
    await handlers.sessions.put(jeanSub, 'jeans-id-token', Date.parse('2026-01-02') / 1000);
    const jean = await pool.token({ sub: 'pool-jean', username: `FranceConnect_${jeanSub}` });
    const url = new URL(String(answerOf(await askLogout(handlers, jean)).url));
    expect(url.searchParams.get('id_token_hint')).toBe('jeans-id-token');

    const naming = await askLogout(handlers, jean, {
      postLogoutRedirectUri: webLoggedOut,
      username: `FranceConnect_${fcSub}`,
    });
    expect(naming.statusCode).toBe(400);
    expect(naming.headers?.['content-type']).toBe('application/problem+json');
    expect(answerOf(naming).errors).toEqual([
      expect.objectContaining({ path: 'username', code: 'unknown-field' }),
    ]);
    expect(naming.body).not.toContain('session/end');
  });

  it('refuses a return address that is not registered, naming the field in French, and gives no logout address', async () => {
    const handlers = bridge();
    await exchange(handlers);
    const answer = await askLogout(handlers, await marieAtThePool(), {
      postLogoutRedirectUri: 'https://evil.example/',
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.headers?.['content-type']).toBe('application/problem+json');
    const problem = answerOf(answer);
    expect(problem).toMatchObject({ status: 400, code: 'validation' });
    expect(problem.errors).toEqual([
      {
        path: 'postLogoutRedirectUri',
        code: 'not-registered',
        message: 'n’est pas une adresse de retour enregistrée auprès de FranceConnect',
      },
    ]);
    expect(answer.body).not.toContain('session/end');
  });

  it('refuses a request without a token, with problem+json', async () => {
    const handlers = bridge();
    await exchange(handlers);
    const answer = await askLogout(handlers, undefined);
    expect(answer.statusCode).toBe(401);
    expect(answer.headers?.['content-type']).toBe('application/problem+json');
    expect(answer.headers?.['www-authenticate']).toBe('Bearer');
    expect(answer.body).not.toContain('session/end');
  });

  it.each([
    ['signed by another key', { signWith: 'stranger' as const }],
    ['expired', { expiresInSeconds: -60 }],
    ['an ID token, not an access token', { tokenUse: 'id' as const }],
    ['of another app client', { clientId: 'someone-else' }],
    ['of another issuer', { issuer: 'https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_other' }],
  ])('refuses a token %s, and gives no logout address', async (_, options) => {
    const handlers = bridge();
    await exchange(handlers);
    const token = await pool.token({ sub: 'pool-marie', username: `FranceConnect_${fcSub}`, ...options });
    const answer = await askLogout(handlers, token);
    expect(answer.statusCode).toBe(401);
    expect(answer.body).not.toContain('session/end');
  });

  it('refuses a body that is not JSON', async () => {
    const handlers = bridge();
    const answer = await handlers.logout(
      event({
        headers: { authorization: `Bearer ${await marieAtThePool()}`, 'content-type': 'text/plain' },
        body: 'postLogoutRedirectUri=x',
      }),
    );
    expect(answer.statusCode).toBe(415);
  });
});

describe('the bridge configuration', () => {
  it('is read from the environment, with the JWKS URL defaulting to the issuer’s', () => {
    expect(
      bridgeConfigFromEnvironment({
        FRANCECONNECT_ISSUER: issuer,
        FRANCECONNECT_CLIENT_ID: 'pool-client',
        FRANCECONNECT_POST_LOGOUT_REDIRECT_URIS: 'https://app.test/auth/logged-out, https://other.test/out',
        USER_POOL_ISSUER: 'https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_abc',
        USER_POOL_JWKS_URL: 'https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_abc/.well-known/jwks.json',
        USER_POOL_CLIENT_IDS: 'web,mobile',
      }),
    ).toEqual({
      franceConnect: { issuer, clientId: 'pool-client', jwksUrl: `${issuer}/jwks` },
      postLogoutRedirectUris: ['https://app.test/auth/logged-out', 'https://other.test/out'],
      userPool: {
        issuer: 'https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_abc',
        jwksUri: 'https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_abc/.well-known/jwks.json',
        clientIds: ['web', 'mobile'],
      },
    });
  });

  it('names the variable that is missing', () => {
    expect(() => bridgeConfigFromEnvironment({ FRANCECONNECT_ISSUER: issuer })).toThrow(
      'FRANCECONNECT_CLIENT_ID',
    );
  });
});
