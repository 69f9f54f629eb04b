// Every token defect a hostile caller tried is refused, 401 when the token is not one the pool would issue,
// 403 when a genuine token is used where its client may not go; each refusal is logged with its reason.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { captureSecurityEvents, type SecurityEventFields } from '../../functions/adapters/security-events.ts';
import { ACCESS_TOKEN_VALIDITY_SECONDS, CLOCK_SKEW_SECONDS } from '../../functions/http/index.ts';
import { startApiHarness, type ApiHarness } from '../support/api-harness.ts';
import { aLicenceNumber } from '../support/registry-builders.ts';
import type { TokenOptions } from '../support/test-identity.ts';

let api: ApiHarness;
let events: { name: string; fields: SecurityEventFields }[] = [];
let restore: () => void = () => {};

beforeAll(async () => {
  api = await startApiHarness({ today: '2024-06-01' as never });
});
afterAll(() => api.close());
afterEach(() => {
  restore();
  events = [];
});

const capture = () => {
  restore = captureSecurityEvents(events as never);
};
const refusalReasons = () =>
  events.filter(({ name }) => name === 'token-refused').map(({ fields }) => fields.reason);

const asMotorist = async (options: Partial<TokenOptions>) => {
  const token = await api.identity.token({ sub: 'motorist-1', ...options });
  return api.request('GET', '/v1/me', { token });
};
const statementPath = () => `/v1/registry/licences/${aLicenceNumber()}/statement`;
const asRegistry = async (options: Partial<TokenOptions>) => {
  const token = await api.identity.token({
    sub: api.identity.registryClientId,
    clientId: api.identity.registryClientId,
    scope: 'registry/write',
    ...options,
  });
  return api.request('GET', statementPath(), { token });
};

describe('a token the pool would never issue', () => {
  it('is taken when it is a genuine one (the baseline of the refusals below)', async () => {
    expect((await asMotorist({})).status).toBe(200);
    expect((await asRegistry({})).status).toBe(404);
  });

  it.each([
    ['without exp', { without: ['exp'] }, 'no-expiry'],
    ['without iat', { without: ['iat'] }, 'no-issued-at'],
    ['with an exp ten years away', { expiresInSeconds: 10 * 365 * 24 * 3600 }, 'lifetime-too-long'],
    [
      'living a second longer than the pool issues tokens for',
      { issuedInSeconds: -60, expiresInSeconds: ACCESS_TOKEN_VALIDITY_SECONDS - 59 },
      'lifetime-too-long',
    ],
    [
      `issued more than ${CLOCK_SKEW_SECONDS} s in the future`,
      { issuedInSeconds: CLOCK_SKEW_SECONDS + 60, expiresInSeconds: CLOCK_SKEW_SECONDS + 120 },
      'issued-in-the-future',
    ],
    ['not valid before a minute from now (nbf)', { notBeforeInSeconds: 60 }, 'not-yet-valid'],
    ['expired', { expiresInSeconds: -60, issuedInSeconds: -120 }, 'expired'],
    ['signed by another key', { signWith: 'stranger' }, 'bad-signature'],
    ['from another issuer', { issuer: 'https://evil.example' }, 'wrong-issuer'],
    ['issued to an unknown client', { clientId: 'another-app' }, 'unknown-client'],
    ['that is an ID token', { tokenUse: 'id' }, 'wrong-token-use'],
  ] as [string, Partial<TokenOptions>, string][])(
    'is refused 401 %s, on motorist and registry routes, and logged',
    async (_, options, reason) => {
      capture();
      expect((await asMotorist(options)).status).toBe(401);
      expect((await asRegistry(options)).status).toBe(401);
      expect(refusalReasons()).toEqual([reason, reason]);
    },
  );

  it('accepts an iat a little ahead, within the allowed clock skew', async () => {
    expect((await asMotorist({ issuedInSeconds: 30, expiresInSeconds: 600 })).status).toBe(200);
  });

  it('logs a missing token and a header that is not a bearer token, never the token itself', async () => {
    capture();
    const token = await api.identity.token({ sub: 'motorist-1', signWith: 'stranger' });
    expect((await api.request('GET', '/v1/me')).status).toBe(401);
    expect((await api.request('GET', '/v1/me', { headers: { authorization: 'Basic abc' } })).status).toBe(
      401,
    );
    expect((await api.request('GET', '/v1/me', { token })).status).toBe(401);
    expect(refusalReasons()).toEqual(['missing', 'not-a-bearer-token', 'bad-signature']);
    expect(JSON.stringify(events)).not.toContain(token);
  });
});

describe('a genuine token where its client may not go', () => {
  it('is refused 403 on the registry routes when a web-client token carries registry/write', async () => {
    capture();
    const token = await api.identity.token({ sub: 'motorist-1', scope: 'openid registry/write' });
    expect((await api.request('GET', statementPath(), { token })).status).toBe(403);
    expect((await api.request('GET', '/v1/me', { token })).status).toBe(403);
    expect(refusalReasons()).toEqual(['registry-scope-on-app-client', 'registry-scope-on-app-client']);
  });

  it('is refused 403 on the registry routes for a motorist token without the scope', async () => {
    capture();
    const token = await api.identity.token({ sub: 'motorist-1' });
    expect((await api.request('GET', statementPath(), { token })).status).toBe(403);
    expect(refusalReasons()).toEqual(['not-a-registry-client']);
  });

  it('is refused 403 for a registry client token without registry/write', async () => {
    capture();
    expect((await asRegistry({ scope: 'other/read' })).status).toBe(403);
    expect(refusalReasons()).toEqual(['registry-scope-missing']);
  });

  it('is refused 403 on the motorist routes for the registry client', async () => {
    capture();
    const token = await api.identity.registry();
    expect((await api.request('GET', '/v1/me', { token })).status).toBe(403);
    expect(refusalReasons()).toEqual(['machine-on-motorist-route']);
  });
});
