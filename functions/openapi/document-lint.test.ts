// The OpenAPI document as third-party tools read it: Redocly's recommended rules and every rule of Spectral's oas
// ruleset (recommended and the rest), zero errors and zero warnings, nothing ruled out.
import { createConfig, lintFromString } from '@redocly/openapi-core';
import spectralCore from '@stoplight/spectral-core';
import spectralParsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { describe, expect, it } from 'vitest';
import { httpRoutes } from '../routes.ts';
import { oauthEndpointsAt, openApiDocument } from './document.ts';

// Both packages are CommonJS; their named exports come through the default one.
const { Spectral, Document } = spectralCore;
const { Json } = spectralParsers;

// As served: the OAuth 2 endpoints under the user pool's domain.
const text = JSON.stringify(
  openApiDocument(
    httpRoutes.map((entry) => entry.spec),
    '/',
    oauthEndpointsAt('https://auth.permis-points.example.fr'),
  ),
  null,
  2,
);

describe('the OpenAPI document', () => {
  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: text, config, absoluteRef: 'openapi.json' });
    expect(
      problems.map((problem) => `${problem.ruleId}: ${problem.message} (${problem.location[0]?.pointer})`),
    ).toEqual([]);
  });

  it("passes every rule of Spectral's oas ruleset with no error and no warning", async () => {
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas as never, 'all']] } as never);
    const results = await spectral.run(new Document(text, Json));
    expect(
      results.map((result) => `${String(result.code)}: ${result.message} (${result.path.join('.')})`),
    ).toEqual([]);
  });

  it('names the token URL of both OAuth 2 flows, and shares one problem schema', () => {
    const document = JSON.parse(text) as {
      components: {
        securitySchemes: Record<string, { flows: Record<string, { tokenUrl: string }> }>;
        schemas: object;
      };
    };
    expect(document.components.securitySchemes.registryClient?.flows.clientCredentials?.tokenUrl).toBe(
      'https://auth.permis-points.example.fr/oauth2/token',
    );
    expect(document.components.securitySchemes.motorist?.flows.authorizationCode?.tokenUrl).toBe(
      'https://auth.permis-points.example.fr/oauth2/token',
    );
    expect(Object.keys(document.components.schemas)).toEqual(['Problem']);
    expect(text.match(/"\$ref": "#\/components\/schemas\/Problem"/g)?.length).toBeGreaterThan(20);
  });
});
