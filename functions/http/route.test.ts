import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { logger } from './logger.ts';
import { problems } from './problem.ts';
import { httpRoute, type RouteSpec } from './route.ts';
import type { TokenVerifier } from './token-verifier.ts';

const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2lnbmF0dXJl';
const verifier: TokenVerifier = {
  verify: async (accessToken) =>
    accessToken === token
      ? { accountId: 'a', identityProvider: 'email', clientId: 'web', scopes: ['openid'], accessToken }
      : undefined,
  claims: async () => undefined,
};

const spec = {
  operationId: 'example',
  method: 'PUT',
  path: '/v1/things/{licenceNumber}',
  summary: 'example',
  tags: [],
  auth: 'motorist',
  params: z.object({ licenceNumber: z.string() }),
  body: z.object({ count: z.number().int().min(1) }),
  responses: {},
} satisfies RouteSpec;

const event = (body: string, headers: Record<string, string> = {}): APIGatewayProxyEventV2 =>
  ({
    rawPath: '/v1/things/130675100123',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    pathParameters: { licenceNumber: '130675100123' },
    body,
    isBase64Encoded: false,
    requestContext: { requestId: 'r-1', http: { method: 'PUT' } },
  }) as unknown as APIGatewayProxyEventV2;

afterEach(() => {
  vi.restoreAllMocks();
  logger.setLogLevel('ERROR');
});

describe('an HTTP route', () => {
  it('logs one line per request with the route template, never the token or the licence number', async () => {
    logger.setLogLevel('INFO');
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const handler = httpRoute(spec, verifier, async ({ params, body }) => ({
      status: 200,
      body: { ...params, ...body },
    }));
    const answer = await handler(event('{"count":2}'));
    expect(answer.statusCode).toBe(200);
    const log = lines.join('');
    expect(log).toContain('"route":"PUT /v1/things/{licenceNumber}"');
    expect(log).toContain('"status":200');
    expect(log).not.toContain(token);
    expect(log).not.toContain('130675100123');
  });

  it('shows a problem under 500 to the client, and anything else as a bare 500 without internals', async () => {
    const refusing = httpRoute(spec, verifier, async () => {
      throw problems.conflict('taken', 'Taken', 'Already taken.');
    });
    expect((await refusing(event('{"count":2}'))).statusCode).toBe(409);
    vi.spyOn(logger, 'error').mockImplementation(() => {});
    const failing = httpRoute(spec, verifier, async () => {
      throw new Error('ECONNREFUSED dynamodb.eu-west-3.amazonaws.com at licence-repository.ts:42');
    });
    const answer = await failing(event('{"count":2}'));
    expect(answer.statusCode).toBe(500);
    expect(answer.body).not.toMatch(/ECONNREFUSED|dynamodb|repository/);
  });

  it('names the invalid field and refuses a body that is not JSON', async () => {
    const handler = httpRoute(spec, verifier, async () => ({ status: 204 }));
    const invalid = await handler(event('{"count":0}'));
    expect(invalid.statusCode).toBe(400);
    expect(JSON.parse(invalid.body ?? '{}')).toMatchObject({ errors: [{ path: 'count' }] });
    expect(
      (await handler(event('count=1', { 'content-type': 'application/x-www-form-urlencoded' }))).statusCode,
    ).toBe(415);
    expect((await handler(event('{"count":'))).statusCode).toBe(400);
  });
});
