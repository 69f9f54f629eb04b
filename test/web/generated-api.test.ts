// The web's API types are generated from the OpenAPI document the API serves: a route or schema
// change that is not regenerated (npm run generate:api) fails here, and one that breaks the web
// fails its typecheck once regenerated.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generatedApiFile, generatedApiTypes } from '../../web/scripts/generate-api.ts';

describe('the web front end’s generated API types', () => {
  it('are what openapi-typescript makes of the current OpenAPI document', async () => {
    const checkedIn = await readFile(generatedApiFile, 'utf8');
    expect(checkedIn, 'web/src/api/openapi.ts is stale: run `npm run generate:api`').toBe(
      await generatedApiTypes(),
    );
  });
});
