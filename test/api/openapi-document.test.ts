// The OpenAPI document as a client generator meets it: the OAuth 2 flows name the user pool's absolute token URL
// (a relative one resolves against the API's origin, where no token endpoint is).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiHarness, type ApiHarness } from '../support/api-harness.ts';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApiHarness();
});
afterAll(() => api.close());

type Flows = Record<string, { tokenUrl: string; authorizationUrl?: string }>;

describe('the served OpenAPI document', () => {
  it("names the user pool's own token and authorization URLs, absolute", async () => {
    const answer = await api.request('GET', '/v1/openapi.json');
    expect(answer.status).toBe(200);
    const schemes = answer.json<{ components: { securitySchemes: Record<string, { flows: Flows }> } }>()
      .components.securitySchemes;
    const pool = api.identity.issuer;
    expect(schemes.registryClient?.flows.clientCredentials?.tokenUrl).toBe(`${pool}/oauth2/token`);
    expect(schemes.motorist?.flows.authorizationCode).toMatchObject({
      tokenUrl: `${pool}/oauth2/token`,
      authorizationUrl: `${pool}/oauth2/authorize`,
    });
    expect(new URL(schemes.motorist?.flows.authorizationCode?.tokenUrl ?? '').origin).not.toBe(api.baseUrl);
  });
});
