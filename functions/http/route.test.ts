import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { logger } from '../runtime/index.ts';
import { UseCaseError } from '../use-case/index.ts';
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
  body: z.object({ count: z.int().check(z.minimum(1)) }),
  responses: {},
} satisfies RouteSpec;

const event = (body: string | undefined, headers: Record<string, string> = {}): APIGatewayProxyEventV2 => ({
  version: '2.0',
  routeKey: 'PUT /v1/things/{licenceNumber}',
  rawPath: '/v1/things/130675100123',
  rawQueryString: '',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
  pathParameters: { licenceNumber: '130675100123' },
  ...(body === undefined ? {} : { body }),
  isBase64Encoded: false,
  requestContext: {
    accountId: 'local',
    apiId: 'local',
    domainName: 'localhost',
    domainPrefix: 'localhost',
    http: {
      method: 'PUT',
      path: '/v1/things/130675100123',
      protocol: 'HTTP/1.1',
      sourceIp: '127.0.0.1',
      userAgent: 'vitest',
    },
    requestId: 'r-1',
    routeKey: 'PUT /v1/things/{licenceNumber}',
    stage: '$default',
    time: '01/Dec/2026:00:00:00 +0000',
    timeEpoch: 0,
  },
});

const problemOf = (answer: { body?: string }) => JSON.parse(answer.body ?? '{}') as Record<string, unknown>;

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
    await handler(event('{"count":0}'));
    const log = lines.join('');
    expect(log).toContain('"route":"PUT /v1/things/{licenceNumber}"');
    expect(log).toContain('"status":200');
    expect(log).toContain('"status":400');
    expect(log).not.toContain(token);
    expect(log).not.toContain('130675100123');
  });

  it('shows a problem under 500 to the client, and anything else as a bare 500 without internals', async () => {
    const refusing = httpRoute(spec, verifier, async () => {
      throw problems.conflict('taken', 'Taken', 'Already taken.');
    });
    const refused = await refusing(event('{"count":2}'));
    expect(refused.statusCode).toBe(409);
    expect(refused.headers).toMatchObject({ 'Content-Type': 'application/problem+json' });
    expect(problemOf(refused)).toMatchObject({ code: 'taken', status: 409 });
    const errors = vi.spyOn(logger, 'error').mockImplementation(() => {});
    const failing = httpRoute(spec, verifier, async () => {
      throw new Error('ECONNREFUSED dynamodb.eu-west-3.amazonaws.com at licence-repository.ts:42');
    });
    const answer = await failing(event('{"count":2}'));
    expect(answer.statusCode).toBe(500);
    expect(problemOf(answer)).toMatchObject({ code: 'internal', title: 'Erreur interne' });
    expect(answer.body).not.toMatch(/ECONNREFUSED|dynamodb|repository/);
    expect(errors).toHaveBeenCalledOnce();
  });

  it("answers a use case's refusal with the problem it stands for, in the request's language", async () => {
    const handler = httpRoute(spec, verifier, async () => {
      throw new UseCaseError('licence-not-linked', 'No licence is linked to this account.');
    });
    const refused = await handler(event('{"count":2}', { 'accept-language': 'en' }));
    expect(refused.statusCode).toBe(404);
    expect(refused.headers).toMatchObject({
      'Content-Type': 'application/problem+json',
      'Content-Language': 'en',
    });
    expect(problemOf(refused)).toEqual({
      type: 'https://permis-points.fr/problems/not-found',
      code: 'not-found',
      title: 'Not found',
      status: 404,
      detail: 'No licence is linked to this account: link one with PUT /v1/me/licence.',
    });
  });

  it('names the invalid field and refuses a body that is not JSON, too large or missing', async () => {
    const handler = httpRoute(spec, verifier, async () => ({ status: 204 }));
    const invalid = await handler(event('{"count":0}'));
    expect(invalid.statusCode).toBe(400);
    expect(problemOf(invalid)).toMatchObject({ errors: [{ path: 'count', code: 'too-small' }] });
    const form = await handler(event('count=1', { 'content-type': 'application/x-www-form-urlencoded' }));
    expect([form.statusCode, problemOf(form).code]).toEqual([415, 'unsupported-media-type']);
    const truncated = await handler(event('{"count":'));
    expect([truncated.statusCode, problemOf(truncated).code]).toEqual([400, 'malformed-json']);
    const missing = await handler(event(undefined));
    expect([missing.statusCode, problemOf(missing).code]).toEqual([400, 'malformed-json']);
    const large = await handler(event(JSON.stringify({ count: 1, padding: 'x'.repeat(70_000) })));
    expect([large.statusCode, problemOf(large).code]).toEqual([413, 'payload-too-large']);
  });

  it('reads header names in any case, and refuses a missing token before looking at the body', async () => {
    const handler = httpRoute(spec, verifier, async () => ({ status: 204 }));
    const shouted = event('{"count":1}', { 'Content-Type': 'application/json' });
    shouted.headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    expect((await handler(shouted)).statusCode).toBe(204);
    const anonymous = event('{"count":');
    anonymous.headers = { 'content-type': 'application/json' };
    const refused = await handler(anonymous);
    expect(refused.statusCode).toBe(401);
    expect(refused.headers).toMatchObject({ 'www-authenticate': 'Bearer' });
  });

  it('sends the security headers on answers and on problems', async () => {
    const handler = httpRoute(spec, verifier, async () => ({ status: 200, body: { ok: true } }));
    for (const answer of [await handler(event('{"count":1}')), await handler(event('{"count":0}'))]) {
      expect(answer.headers).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'X-Frame-Options': 'DENY',
        'Cache-Control': 'no-store',
      });
      expect(String(answer.headers?.['Content-Security-Policy'])).toContain("default-src 'none'");
    }
  });

  it.each([
    [undefined, 'fr'],
    ['', 'fr'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE,en;q=0.5', 'en'],
    ['de-DE', 'fr'],
    ['en;q=0.6,fr;q=0.5', 'en'],
    ['*', 'fr'],
    ['en;q=0', 'fr'],
  ])('answers Accept-Language %j in %s', async (acceptLanguage, language) => {
    const handler = httpRoute(spec, verifier, async (request) => ({
      status: 200,
      body: { language: request.language },
    }));
    const headers: Record<string, string> =
      acceptLanguage === undefined ? {} : { 'accept-language': acceptLanguage };
    expect((await handler(event('{"count":1}', headers))).body).toBe(JSON.stringify({ language }));
    const problem = await handler(event('{"count":0}', headers));
    expect(problem.headers).toMatchObject({ 'Content-Language': language });
  });
});
