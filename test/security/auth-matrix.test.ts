// The authentication and authorisation matrix: every protected route of the API × every kind of token a
// hostile or confused caller could present. Each cell is one real HTTP request through the local gateway
// (whose JWT authorizer plays API Gateway's) to the route's own handler. The suite prints
// "N cells, 0 wrong" and lists the wrong cells when there are any.
import { createPublicKey, randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRoutes } from '../../functions/routes.ts';
import type { RouteSpec } from '../../functions/http/index.ts';
import { startApiHarness, type ApiHarness } from '../support/api-harness.ts';
import { aLicenceNumber, aLicenceRecord, anInfraction } from '../support/registry-builders.ts';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness({ today: '2024-06-01' as never });
});
afterAll(() => api.close());

const protectedRoutes = httpRoutes.map((entry) => entry.spec).filter((spec) => spec.auth !== 'public');

/** A request each route would accept from the right caller, so that a refusal is the token's doing. */
function requestFor(spec: RouteSpec): { path: string; body?: unknown } {
  const path = spec.path.replace('{licenceNumber}', aLicenceNumber()).replace('{documentId}', randomUUID());
  const { familyName, givenNames, birthDate } = aLicenceRecord().holder;
  const bodies: Record<string, unknown> = {
    linkLicence: {
      format: 'eu-card',
      licenceNumber: aLicenceNumber(),
      holder: { familyName, givenNames, birthDate },
    },
    simulate: {
      infractions: [{ offenceDate: '2024-01-01', establishedOn: '2024-01-02', class: 'C3', points: 1 }],
    },
    putLicenceRecord: aLicenceRecord(),
    recordRegistryEvent: anInfraction(),
  };
  return { path, ...(spec.operationId in bodies ? { body: bodies[spec.operationId] } : {}) };
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The claims of a genuine motorist access token of the pool, to forge variants from. */
const motoristClaims = () => ({
  sub: 'matrix-motorist',
  iss: api.identity.issuer,
  token_use: 'access',
  client_id: api.identity.webClientId,
  scope: 'openid email profile',
  username: 'matrix-motorist',
  iat: nowSeconds(),
  exp: nowSeconds() + 600,
});

async function poolPublicKeyPem(): Promise<string> {
  const { keys } = (await (await fetch(api.identity.jwksUri)).json()) as { keys: JWK[] };
  return createPublicKey({ key: keys[0] as never, format: 'jwk' })
    .export({ type: 'spki', format: 'pem' })
    .toString();
}

/** FranceConnect's own ID token for our bridge: a real signature, but FranceConnect's key, issuer and audience. */
async function franceConnectIdToken(): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256');
  return new SignJWT({
    sub: 'fc-pairwise-subject',
    iss: 'https://auth.franceconnect.gouv.fr/api/v2',
    aud: 'permis-points-bridge',
    nonce: 'n'.repeat(32),
    acr: 'eidas1',
    iat: nowSeconds(),
    exp: nowSeconds() + 60,
  })
    .setProtectedHeader({ alg: 'ES256', kid: 'fc-key' })
    .sign(privateKey);
}

type Expected = 401 | 403;
interface Variant {
  name: string;
  token: () => Promise<string | undefined>;
  /** What every protected route must answer, or per kind of route. */
  expected: Expected | ((spec: RouteSpec) => Expected);
}

const variants: Variant[] = [
  { name: 'no token', token: async () => undefined, expected: 401 },
  { name: 'malformed', token: async () => 'not-a-jwt', expected: 401 },
  { name: 'three garbage segments', token: async () => 'eyJhbGciOi.eyJzdWIiOi.c2ln', expected: 401 },
  {
    name: 'bad signature',
    token: () => api.identity.token({ sub: 'matrix-motorist', signWith: 'stranger' }),
    expected: 401,
  },
  {
    name: 'alg none',
    token: async () =>
      `${base64url({ alg: 'none', kid: 'pool-key', typ: 'JWT' })}.${base64url(motoristClaims())}.`,
    expected: 401,
  },
  {
    name: 'HS256 keyed with the public key',
    token: async () =>
      new SignJWT(motoristClaims())
        .setProtectedHeader({ alg: 'HS256', kid: 'pool-key' })
        .sign(new TextEncoder().encode(await poolPublicKeyPem())),
    expected: 401,
  },
  {
    name: 'expired',
    token: () =>
      api.identity.token({ sub: 'matrix-motorist', issuedInSeconds: -1200, expiresInSeconds: -600 }),
    expected: 401,
  },
  {
    name: 'not yet valid',
    token: () => api.identity.token({ sub: 'matrix-motorist', notBeforeInSeconds: 120 }),
    expected: 401,
  },
  {
    name: 'no exp',
    token: () => api.identity.token({ sub: 'matrix-motorist', without: ['exp'] }),
    expected: 401,
  },
  {
    name: 'wrong issuer',
    token: () =>
      api.identity.token({
        sub: 'matrix-motorist',
        issuer: 'https://cognito-idp.eu-west-3.amazonaws.com/other',
      }),
    expected: 401,
  },
  {
    name: 'ID token',
    token: () => api.identity.token({ sub: 'matrix-motorist', tokenUse: 'id' }),
    expected: 401,
  },
  {
    // Cognito's refresh tokens are opaque JWEs (five segments).
    name: 'refresh token',
    token: async () =>
      `${base64url({ cty: 'JWT', enc: 'A256GCM', alg: 'RSA-OAEP' })}.${'a'.repeat(342)}.${'b'.repeat(16)}.${'c'.repeat(400)}.${'d'.repeat(22)}`,
    expected: 401,
  },
  { name: "FranceConnect's own ID token", token: franceConnectIdToken, expected: 401 },
  // FranceConnect access tokens are opaque strings.
  {
    name: "FranceConnect's own access token",
    token: async () => randomUUID().replaceAll('-', ''),
    expected: 401,
  },
  {
    name: 'registry token',
    token: () => api.identity.registry(),
    expected: (spec) => (spec.auth === 'motorist' ? 403 : (0 as never)),
  },
  {
    name: 'motorist token',
    token: () => api.identity.motorist('matrix-motorist'),
    expected: (spec) => (spec.auth === 'registry' ? 403 : (0 as never)),
  },
  {
    name: 'client credentials without the scope',
    token: () =>
      api.identity.token({
        sub: api.identity.registryClientId,
        clientId: api.identity.registryClientId,
        scope: 'registry/read',
      }),
    expected: 403,
  },
  {
    name: 'app client granted registry/write',
    token: () => api.identity.token({ sub: 'matrix-motorist', scope: 'openid registry/write' }),
    expected: 403,
  },
];

interface Cell {
  route: string;
  variant: string;
  expected: number;
  actual: number;
  why?: string;
}

describe('the authentication and authorisation matrix', () => {
  it('refuses every token defect on every protected route, with problem+json and no detail of the token', async () => {
    const cells: Cell[] = [];
    for (const spec of protectedRoutes) {
      for (const variant of variants) {
        const expected = typeof variant.expected === 'number' ? variant.expected : variant.expected(spec);
        if (!expected) continue; // the right caller for this route: not a refusal cell
        const token = await variant.token();
        const { path, body } = requestFor(spec);
        const response = await api.request(spec.method, path, {
          ...(token ? { token } : {}),
          ...(body === undefined ? {} : { body }),
        });
        const contentType = response.headers.get('content-type') ?? '';
        const why =
          response.status !== expected
            ? `answered ${response.status}: ${response.text.slice(0, 160)}`
            : !contentType.startsWith('application/problem+json')
              ? `content type ${contentType}`
              : expected === 401 && response.headers.get('www-authenticate') === null
                ? 'no WWW-Authenticate'
                : token && response.text.includes(token)
                  ? 'the token echoed back'
                  : undefined;
        cells.push({
          route: `${spec.method} ${spec.path}`,
          variant: variant.name,
          expected,
          actual: response.status,
          ...(why ? { why } : {}),
        });
      }
    }
    const wrong = cells.filter((cell) => cell.why);
    console.log(
      `auth matrix: ${protectedRoutes.length} routes × ${variants.length} kinds of token: ${cells.length} cells, ${wrong.length} wrong`,
    );
    expect(wrong).toEqual([]);
    expect(cells.length).toBeGreaterThan(protectedRoutes.length * 15);
  });
});

describe("another user's resource", () => {
  const holderOf = () => {
    const { familyName, givenNames, birthDate } = aLicenceRecord().holder;
    return { familyName, givenNames, birthDate };
  };

  it('is out of reach on every motorist route: the stranger meets their own empty account, the owner keeps theirs', async () => {
    const registry = await api.identity.registry();
    const number = aLicenceNumber();
    await api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body: aLicenceRecord() });
    await api.request('POST', `/v1/registry/licences/${number}/events`, {
      token: registry,
      body: anInfraction(),
    });
    const owner = await api.identity.motorist(`owner-${randomUUID()}`);
    const linked = await api.request('PUT', '/v1/me/licence', {
      token: owner,
      body: { format: 'eu-card', licenceNumber: number, holder: holderOf() },
    });
    expect(linked.status).toBe(200);
    const rir = await api.request('POST', '/v1/me/documents/rir', { token: owner });
    expect(rir.status).toBe(201);
    const { documentId } = rir.json<{ documentId: string }>();
    const feed = await api.request('POST', '/v1/me/calendar-feed', { token: owner });
    expect(feed.status).toBe(201);
    const { url: feedUrl } = feed.json<{ url: string }>();

    const stranger = await api.identity.motorist(`stranger-${randomUUID()}`);
    const answers: Record<string, { status: number; text: string }> = {};
    const as = async (label: string, method: string, path: string, body?: unknown) => {
      const response = await api.request(method, path, { token: stranger, ...(body ? { body } : {}) });
      answers[label] = response;
      expect(response.text, label).not.toContain(number);
      expect(response.text, label).not.toContain(documentId);
      return response.status;
    };
    const cells: [string, number, number][] = [];
    const cell = async (label: string, expected: number, method: string, path: string, body?: unknown) =>
      cells.push([label, expected, await as(label, method, path, body)]);

    await cell('me', 200, 'GET', '/v1/me');
    await cell('statement', 404, 'GET', '/v1/me/statement');
    await cell('history', 404, 'GET', '/v1/me/history');
    await cell('calendar', 404, 'GET', '/v1/me/calendar.ics');
    await cell(
      'simulation',
      404,
      'POST',
      '/v1/me/simulations',
      requestFor(protectedRoutes.find((s) => s.operationId === 'simulate')!).body,
    );
    await cell('documents list', 200, 'GET', '/v1/me/documents');
    await cell("the owner's document", 404, 'GET', `/v1/me/documents/${documentId}/download`);
    await cell('RIR', 404, 'POST', '/v1/me/documents/rir');
    await cell('RII', 404, 'POST', '/v1/me/documents/rii');
    await cell('calendar feed', 404, 'POST', '/v1/me/calendar-feed');
    await cell('revoke the feed', 204, 'DELETE', '/v1/me/calendar-feed');
    await cell('link with a wrong holder', 422, 'PUT', '/v1/me/licence', {
      format: 'eu-card',
      licenceNumber: number,
      holder: { ...holderOf(), birthDate: '1991-01-01' },
    });
    await cell('link with what is printed on it', 409, 'PUT', '/v1/me/licence', {
      format: 'eu-card',
      licenceNumber: number,
      holder: holderOf(),
    });
    await cell('unlink', 204, 'DELETE', '/v1/me/licence');
    await cell('delete the account', 204, 'DELETE', '/v1/me');

    const wrong = cells.filter(([, expected, actual]) => expected !== actual);
    console.log(`another user's resource: ${cells.length} cells, ${wrong.length} wrong`);
    expect(wrong.map(([label, expected, actual]) => `${label}: ${actual} (expected ${expected})`)).toEqual(
      [],
    );
    expect(answers['me']?.text).toContain('"licence":null');
    expect(answers['documents list']?.text).not.toContain(documentId);

    // The owner lost nothing.
    expect((await api.request('GET', '/v1/me/statement', { token: owner })).status).toBe(200);
    const documents = await api.request('GET', '/v1/me/documents', { token: owner });
    expect(documents.text).toContain(documentId);
    expect(
      (await api.request('GET', `/v1/me/documents/${documentId}/download`, { token: owner })).status,
    ).toBe(200);
    expect((await api.request('GET', new URL(feedUrl).pathname)).status).toBe(200);
  });
});

describe('public routes', () => {
  it('answer health and the OpenAPI document without a token, listing every route', async () => {
    expect((await api.request('GET', '/v1/health')).json()).toEqual({ status: 'ok' });
    const document = (await api.request('GET', '/v1/openapi.json')).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(document.openapi).toBe('3.1.0');
    for (const entry of httpRoutes) expect(document.paths).toHaveProperty([entry.spec.path]);
  });

  it('ignore whatever token comes with them: no refusal, no error', async () => {
    const publicPaths = [
      '/v1/health',
      '/v1/openapi.json',
      `/v1/calendar/${'a'.repeat(32)}.ics`,
      '/v1/verify/PP-AAAA-BBBB',
    ];
    for (const path of publicPaths) {
      const bare = await api.request('GET', path);
      for (const token of ['not-a-jwt', await api.identity.token({ sub: 'x', signWith: 'stranger' })]) {
        const withToken = await api.request('GET', path, { token });
        expect(withToken.status, path).toBe(bare.status);
        expect(withToken.status, path).toBeLessThan(500);
      }
    }
  });
});
