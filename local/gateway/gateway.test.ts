import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { RouteSpec } from '../../functions/http/index.ts';
import { startGateway } from './index.ts';

const echo = async (event: APIGatewayProxyEventV2) => ({ statusCode: 200, body: JSON.stringify(event) });
const spec = (auth: RouteSpec['auth'], path: string): RouteSpec => ({
  operationId: path,
  method: 'GET',
  path,
  summary: '',
  tags: [],
  auth,
  params: z.object({ id: z.string() }),
  responses: {},
});

let base: string;
let close: () => void;

beforeAll(async () => {
  const { server, port } = await startGateway(
    {
      api: [
        { spec: spec('motorist', '/v1/things/{id}'), handler: echo },
        { spec: spec('public', '/v1/open/{id}'), handler: echo },
      ],
      authorizer: async (token) => (token === 'good' ? { sub: 'someone', scope: 'openid email' } : undefined),
    },
    0,
  );
  base = `http://127.0.0.1:${port}`;
  close = () => server.close();
});
afterAll(() => close());

const call = async (path: string, token?: string, at = base) =>
  (await (
    await fetch(at + path, { headers: token ? { authorization: `Bearer ${token}` } : {} })
  ).json()) as APIGatewayProxyEventV2 & {
    requestContext: { authorizer?: { jwt: { claims: Record<string, string>; scopes: string[] } } };
  };

describe('the local API gateway', () => {
  it('passes path parameters and the route key as API Gateway does', async () => {
    const event = await call('/v1/things/42?x=1');
    expect(event.pathParameters).toEqual({ id: '42' });
    expect(event.routeKey).toBe('GET /v1/things/{id}');
    expect(event.queryStringParameters).toEqual({ x: '1' });
  });

  it("adds the JWT authorizer's claims and scopes for a valid token, and nothing for an invalid one", async () => {
    const event = await call('/v1/things/1', 'good');
    expect(event.requestContext.authorizer?.jwt).toEqual({
      claims: { sub: 'someone', scope: 'openid email' },
      scopes: ['openid', 'email'],
    });
    expect((await call('/v1/things/1', 'bad')).requestContext.authorizer).toBeUndefined();
    expect((await call('/v1/open/1', 'good')).requestContext.authorizer).toBeUndefined();
  });
});

describe("the local API gateway's JWT authorizer", () => {
  // Tokens as the pool's verifier sees them: accepted with their exp, or refused.
  const asked: string[] = [];
  const expiries = new Map<string, number>();
  let authorized: string;
  let stop: () => void;
  beforeAll(async () => {
    const { server, port } = await startGateway(
      {
        api: [{ spec: spec('motorist', '/v1/things/{id}'), handler: echo }],
        authorizer: async (token) => {
          asked.push(token);
          const exp = expiries.get(token);
          return exp !== undefined && exp >= Date.now() / 1000 ? { sub: token, exp } : undefined;
        },
      },
      0,
    );
    authorized = `http://127.0.0.1:${port}`;
    stop = () => server.close();
  });
  afterAll(() => stop());
  afterEach(() => {
    vi.useRealTimers();
    asked.length = 0;
  });
  const claimsFor = async (token: string) =>
    (await call('/v1/things/1', token, authorized)).requestContext.authorizer?.jwt.claims;

  it('asks for a token once while it is valid, and gives every request the same claims', async () => {
    const exp = Math.floor(Date.now() / 1000) + 600;
    expiries.set('remembered', exp);
    expect(await claimsFor('remembered')).toEqual({ sub: 'remembered', exp });
    expect(await claimsFor('remembered')).toEqual({ sub: 'remembered', exp });
    expect(asked).toEqual(['remembered']);
  });

  it('asks again once the token has expired, and then passes no claims on', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    const exp = Math.floor(Date.now() / 1000) + 600;
    expiries.set('expiring', exp);
    expect(await claimsFor('expiring')).toMatchObject({ sub: 'expiring' });
    vi.setSystemTime((exp - 1) * 1000);
    expect(await claimsFor('expiring')).toMatchObject({ sub: 'expiring' });
    vi.setSystemTime((exp + 1) * 1000);
    expect(await claimsFor('expiring')).toBeUndefined();
    expect(await claimsFor('expiring')).toBeUndefined();
    expect(asked).toEqual(['expiring', 'expiring', 'expiring']);
  });

  it('asks again, every time, for a token it refused', async () => {
    expect(await claimsFor('forged')).toBeUndefined();
    expect(await claimsFor('forged')).toBeUndefined();
    expect(asked).toEqual(['forged', 'forged']);
  });
});
