// Checks every answer an integration suite receives against the OpenAPI document
// the API serves: status documented, content type and body schema as documented.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { CompiledRoute } from '../../functions/not-found/index.ts';
import { compileRoute, matchRoute } from '../../functions/not-found/index.ts';

interface Operation {
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown> };
}

/** The document with every `#/components/schemas/…` reference replaced by the schema it names. */
function dereferenced(document: OpenApiDocument): OpenApiDocument {
  const schemas = document.components?.schemas ?? {};
  const resolve = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(resolve);
    if (!value || typeof value !== 'object') return value;
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/schemas/'))
      return resolve(schemas[ref.slice('#/components/schemas/'.length)]);
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolve(inner)]));
  };
  return resolve(document) as OpenApiDocument;
}

export function makeOpenApiValidator(served: OpenApiDocument) {
  const document = dereferenced(served);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  (addFormats as unknown as (ajv: Ajv2020) => void)(ajv);
  const routes: CompiledRoute<Operation>[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations))
      routes.push(compileRoute(method.toUpperCase(), path, operation));
  }
  return function validate(
    method: string,
    path: string,
    status: number,
    contentType: string | null,
    body: string,
  ): void {
    const match = matchRoute(routes, method, path);
    if (match.kind !== 'found') {
      if (![404, 405].includes(status) || !contentType?.startsWith('application/problem+json')) {
        throw new Error(`${method} ${path} is not documented, yet answered ${status}`);
      }
      return;
    }
    const response = match.target.responses[String(status)];
    if (!response)
      throw new Error(`${method} ${path} answered ${status}, which the OpenAPI document does not list`);
    if (!response.content) {
      if (body.length > 0)
        throw new Error(`${method} ${path} ${status} has a body the document does not describe`);
      return;
    }
    const mediaType = (contentType ?? '').split(';')[0]?.trim() ?? '';
    const content = response.content[mediaType];
    if (!content)
      throw new Error(
        `${method} ${path} ${status} answered ${mediaType}, documented: ${Object.keys(response.content).join(', ')}`,
      );
    const data: unknown = mediaType.includes('json') ? JSON.parse(body) : body;
    if (!ajv.validate(content.schema, data)) {
      throw new Error(`${method} ${path} ${status} does not match its schema: ${ajv.errorsText(ajv.errors)}`);
    }
  };
}
