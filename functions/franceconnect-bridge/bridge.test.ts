import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeInMemoryFranceConnectSessionStore } from '../adapters/franceconnect-session-store.ts';
import { bridgeConfigFromEnvironment, makeBridgeHandlers, type BridgeConfig } from './index.ts';

const issuer = 'https://fc.test/api/v2';
const config: BridgeConfig = {
  franceConnect: { issuer, clientId: 'pool-client', jwksUrl: `${issuer}/jwks` },
  postLogoutRedirectUri: 'https://pool.test/fc/logged-out',
};
const fcSub = 'a'.repeat(64) + 'v1';

let fcKey: CryptoKey;
let strangerKey: CryptoKey;
let jwks: { keys: unknown[] };

beforeAll(async () => {
  const fc = await generateKeyPair('ES256');
  fcKey = fc.privateKey;
  strangerKey = (await generateKeyPair('ES256')).privateKey;
  jwks = { keys: [{ ...(await exportJWK(fc.publicKey)), kid: 'fc', alg: 'ES256', use: 'sig' }] };
});

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

function event(
  overrides: Partial<APIGatewayProxyEventV2> & { username?: string } = {},
): APIGatewayProxyEventV2 {
  const { username, ...rest } = overrides;
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
      ...(username && { authorizer: { jwt: { claims: { username }, scopes: null } } }),
    },
    ...rest,
  };
}

function bridge(fetch = fakeFranceConnect(() => sign(marie)), now = new Date('2026-01-01T10:00:00Z')) {
  const clock = { now };
  const handlers = makeBridgeHandlers(config, {
    sessions: makeInMemoryFranceConnectSessionStore(() => clock.now),
    fetch,
    clock: () => clock.now,
  });
  return { ...handlers, fetch, clock };
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
    const logout = await handlers.logout(event({ username: `FranceConnect_${fcSub}` }));
    expect(String(logout.headers?.location)).toMatch(/^https:\/\/pool\.test\/fc\/logged-out\?state=/);
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

describe('the bridge logout', () => {
  it("sends a FranceConnect user to FranceConnect's logout with the id token kept at sign-in", async () => {
    const handlers = bridge();
    const tokens = JSON.parse((await exchange(handlers)).body ?? '{}') as { id_token: string };
    const answer = await handlers.logout(
      event({ username: `FranceConnect_${fcSub}`, queryStringParameters: { state: 'st' } }),
    );
    expect(answer.statusCode).toBe(302);
    const location = new URL(String(answer.headers?.location));
    expect(`${location.origin}${location.pathname}`).toBe(`${issuer}/session/end`);
    expect(Object.fromEntries(location.searchParams)).toEqual({
      id_token_hint: tokens.id_token,
      post_logout_redirect_uri: 'https://pool.test/fc/logged-out',
      state: 'st',
    });
  });

  it('continues the logout chain directly for a user who did not sign in through FranceConnect', async () => {
    const { logout } = bridge();
    const answer = await logout(event({ username: '5f1c6a0e-user', queryStringParameters: { state: 'st' } }));
    expect(answer.headers?.location).toBe('https://pool.test/fc/logged-out?state=st');
  });

  it('no longer uses an id token kept longer than a session lasts', async () => {
    const handlers = bridge();
    await exchange(handlers);
    handlers.clock.now = new Date('2026-01-01T22:00:01Z');
    const answer = await handlers.logout(
      event({ username: `FranceConnect_${fcSub}`, queryStringParameters: { state: 'st' } }),
    );
    expect(answer.headers?.location).toBe('https://pool.test/fc/logged-out?state=st');
  });

  it('refuses a request that carries no authorized user', async () => {
    const { logout } = bridge();
    expect((await logout(event())).statusCode).toBe(401);
  });
});

describe('the bridge configuration', () => {
  it('is read from the environment, with the JWKS URL defaulting to the issuer’s', () => {
    expect(
      bridgeConfigFromEnvironment({
        FRANCECONNECT_ISSUER: issuer,
        FRANCECONNECT_CLIENT_ID: 'pool-client',
        FRANCECONNECT_POST_LOGOUT_REDIRECT_URI: 'https://app.test/logged-out',
      }),
    ).toEqual({
      franceConnect: { issuer, clientId: 'pool-client', jwksUrl: `${issuer}/jwks` },
      postLogoutRedirectUri: 'https://app.test/logged-out',
    });
  });

  it('names the variable that is missing', () => {
    expect(() => bridgeConfigFromEnvironment({ FRANCECONNECT_ISSUER: issuer })).toThrow(
      'FRANCECONNECT_CLIENT_ID',
    );
  });
});
