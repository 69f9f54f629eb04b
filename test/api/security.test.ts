import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpRoutes } from '../../functions/routes.ts';
import { startApiHarness, type ApiHarness } from '../support/api-harness.ts';
import { aLicenceNumber, aLicenceRecord, anInfraction } from '../support/registry-builders.ts';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness({ today: '2024-06-01' as never });
});
afterAll(() => api.close());

const motoristRoutes = httpRoutes
  .filter((entry) => entry.spec.auth === 'motorist')
  .map((entry) => entry.spec);
const bodies: Record<string, unknown> = {
  linkLicence: {
    format: 'eu-card',
    licenceNumber: '130675100123',
    holder: { familyName: 'A', givenNames: 'B', birthDate: '1990-01-01' },
  },
  simulate: {
    infractions: [{ offenceDate: '2024-01-01', establishedOn: '2024-01-02', class: 'C3', points: 1 }],
  },
};

describe.each(motoristRoutes)('$method $path', (spec) => {
  const call = (token?: string) =>
    api.request(spec.method, spec.path, {
      ...(token ? { token } : {}),
      ...(bodies[spec.operationId] ? { body: bodies[spec.operationId] } : {}),
    });

  it('refuses a request without a token', async () => {
    const response = await call();
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('refuses a token signed by another key', async () => {
    expect((await call(await api.identity.token({ sub: 'intruder', signWith: 'stranger' }))).status).toBe(
      401,
    );
  });

  it('refuses an expired token', async () => {
    expect((await call(await api.identity.token({ sub: 'late', expiresInSeconds: -60 }))).status).toBe(401);
  });

  it('refuses a token issued to another client, or by another issuer, or an ID token', async () => {
    expect((await call(await api.identity.token({ sub: 'elsewhere', clientId: 'another-app' }))).status).toBe(
      401,
    );
    expect(
      (await call(await api.identity.token({ sub: 'elsewhere', issuer: 'https://evil.example' }))).status,
    ).toBe(401);
    expect((await call(await api.identity.token({ sub: 'elsewhere', tokenUse: 'id' }))).status).toBe(401);
    expect((await call('not.a.token')).status).toBe(401);
  });

  it('refuses a registry client token', async () => {
    expect((await call(await api.identity.registry())).status).toBe(403);
  });
});

describe("another user's data", () => {
  it('is never reachable: a motorist without the link sees 404 where the owner sees their licence', async () => {
    const registry = await api.identity.registry();
    const number = aLicenceNumber();
    await api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body: aLicenceRecord() });
    await api.request('POST', `/v1/registry/licences/${number}/events`, {
      token: registry,
      body: anInfraction(),
    });
    const owner = await api.identity.motorist('owner');
    const { familyName, givenNames, birthDate } = aLicenceRecord().holder;
    expect(
      (
        await api.request('PUT', '/v1/me/licence', {
          token: owner,
          body: { format: 'eu-card', licenceNumber: number, holder: { familyName, givenNames, birthDate } },
        })
      ).status,
    ).toBe(200);
    const stranger = await api.identity.motorist('stranger');
    for (const path of ['/v1/me/statement', '/v1/me/history', '/v1/me/calendar.ics']) {
      expect((await api.request('GET', path, { token: owner })).status).toBe(200);
      const response = await api.request('GET', path, { token: stranger });
      expect(response.status).toBe(404);
      expect(response.text).not.toContain(number);
    }
    expect(
      (await api.request('POST', '/v1/me/simulations', { token: stranger, body: bodies.simulate })).status,
    ).toBe(404);
    expect((await api.request('GET', '/v1/me', { token: stranger })).json()).toEqual({
      identityProvider: 'email',
      licence: null,
    });
    expect((await api.request('DELETE', '/v1/me/licence', { token: stranger })).status).toBe(204);
    expect((await api.request('GET', '/v1/me/statement', { token: owner })).status).toBe(200);
  });
});

describe('public routes', () => {
  it('answers health and the OpenAPI document without a token', async () => {
    expect((await api.request('GET', '/v1/health')).json()).toEqual({ status: 'ok' });
    const document = (await api.request('GET', '/v1/openapi.json')).json<{
      openapi: string;
      paths: Record<string, unknown>;
    }>();
    expect(document.openapi).toBe('3.1.0');
    for (const entry of httpRoutes) expect(document.paths).toHaveProperty([entry.spec.path]);
  });
});
