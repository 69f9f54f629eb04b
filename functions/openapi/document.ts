// The OpenAPI 3.1 document, generated from the same route specs and zod schemas
// that validate the requests: what is documented is what is enforced.
import { z } from 'zod';
import type { RouteSpec } from '../http/route.ts';

const toSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

function withoutDialect(schema: Record<string, unknown>) {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

function parameters(spec: RouteSpec) {
  const list: unknown[] = [];
  for (const [location, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      list.push({
        name,
        in: location,
        required: location === 'path' || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  return list;
}

export function openApiDocument(routes: RouteSpec[], serverUrl = '/'): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const operation = {
      operationId: spec.operationId,
      summary: spec.summary,
      tags: spec.tags,
      ...(spec.auth === 'public'
        ? { security: [] }
        : { security: [{ userPool: spec.auth === 'registry' ? ['registry/write'] : [] }] }),
      parameters: parameters(spec),
      ...(spec.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: withoutDialect(toSchema(spec.body, 'input')) } },
            },
          }
        : {}),
      responses: Object.fromEntries(
        Object.entries(spec.responses).map(([status, response]) => [
          status,
          {
            description: response.description,
            ...(response.schema
              ? {
                  content: {
                    [response.contentType ?? 'application/json']: {
                      schema: withoutDialect(toSchema(response.schema, 'output')),
                    },
                    ...Object.fromEntries(
                      (response.alternatives ?? []).map((alternative) => [
                        alternative.contentType,
                        { schema: withoutDialect(toSchema(alternative.schema, 'output')) },
                      ]),
                    ),
                  },
                }
              : {}),
          },
        ]),
      ),
    };
    (paths[spec.path] ??= {})[spec.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'permis-points API',
      version: '1.0.0',
      description:
        "France's driving-licence points service: a motorist's balance, history and upcoming recoveries, and the licence authority's registry feed. Errors are application/problem+json (RFC 9457).",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        userPool: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'An access token of the user pool (motorists: authorization code with PKCE; registry clients: client credentials with scope registry/write).',
        },
      },
    },
    paths,
  };
}
