import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const call = async (path: string, token?: string) =>
  (await (
    await fetch(base + path, { headers: token ? { authorization: `Bearer ${token}` } : {} })
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
