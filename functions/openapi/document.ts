// The OpenAPI 3.1 document, generated from the same route specs and zod schemas that validate the requests: what
// is documented is what is enforced. Shared shapes (the problem details) are components, the headers the service
// sends (Retry-After, WWW-Authenticate, ETag, Content-Language) are documented, and the security schemes name the
// user pool's OAuth 2 flows so that client generators find the token URL.
import * as z from 'zod/mini';
import { problemBody, type ResponseSpec, type RouteSpec } from '../http/index.ts';

/** Where the user pool's OAuth 2 endpoints are (Cognito's domain in AWS, the local pool under npm start). */
export interface OAuthEndpoints {
  authorizationUrl: string;
  tokenUrl: string;
}

/** The endpoints of a user pool's domain: Cognito's managed OAuth 2 endpoints, and the local pool's alike. */
export function oauthEndpointsAt(domainUrl: string): OAuthEndpoints {
  const base = new URL(domainUrl).href.replace(/\/+$/, '');
  return { authorizationUrl: `${base}/oauth2/authorize`, tokenUrl: `${base}/oauth2/token` };
}

const toSchema = (schema: z.core.$ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' });

function withoutDialect(schema: Record<string, unknown>) {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

const tagDescriptions: Record<string, string> = {
  public: 'Open to anyone: health, this document, the verification of an issued document, calendar feeds',
  motorist: "A signed-in motorist's own account, licence, statement, calendar and documents",
  registry: "The licence authority's feed of licence records and established facts (client credentials)",
};

const headerDocs: Record<string, { description: string; schema: Record<string, unknown> }> = {
  'retry-after': {
    description: 'Seconds to wait before trying again',
    schema: { type: 'integer', minimum: 1 },
  },
  'www-authenticate': {
    description: 'The authentication scheme the route takes (Bearer)',
    schema: { type: 'string' },
  },
  'content-language': {
    description: 'fr, or en when Accept-Language prefers English',
    schema: { type: 'string' },
  },
  etag: { description: 'The version of the representation', schema: { type: 'string' } },
};

function responseHeaders(status: number, response: ResponseSpec) {
  const names = Object.keys(response.headers ?? {});
  if (response.schema === problemBody) names.push('content-language');
  if (status === 429) names.push('retry-after');
  if (status === 401) names.push('www-authenticate');
  if (names.length === 0) return {};
  return {
    headers: Object.fromEntries(
      names.map((name) => {
        const known = headerDocs[name] ?? { description: '', schema: { type: 'string' } };
        return [name, { ...known, description: response.headers?.[name] ?? known.description }];
      }),
    ),
  };
}

function responseContent(response: ResponseSpec) {
  if (!response.schema) return {};
  const schema =
    response.schema === problemBody ? PROBLEM_REF : withoutDialect(toSchema(response.schema, 'output'));
  const alternatives = (response.alternatives ?? []).map(
    (alternative): [string, { schema: Record<string, unknown> }] => [
      alternative.contentType,
      { schema: withoutDialect(toSchema(alternative.schema, 'output')) },
    ],
  );
  return {
    content: {
      [response.contentType ?? 'application/json']: { schema },
      ...Object.fromEntries(alternatives),
    },
  };
}

const parameterDescriptions: Record<string, string> = {
  asOf: 'The day of the statement (YYYY-MM-DD); today when absent',
};

function parameters(spec: RouteSpec) {
  const list: unknown[] = [];
  for (const [location, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {}) as [
      string,
      { description?: string },
    ][]) {
      list.push({
        name,
        in: location,
        description: property.description ?? parameterDescriptions[name] ?? name,
        required: location === 'path' || (json.required ?? []).includes(name),
        schema: property,
      });
    }
  }
  list.push({
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description: 'The language of problems and warnings: French unless English is preferred',
    schema: { type: 'string', examples: ['fr', 'en'] },
  });
  return list;
}

function security(spec: RouteSpec) {
  if (spec.auth === 'public') return { security: [] };
  if (spec.auth === 'registry') return { security: [{ registryClient: ['registry/write'] }] };
  return { security: [{ motorist: ['openid'] }] };
}

// API Gateway throttles every route before it reaches a function: a 429 can answer any operation.
const THROTTLED: ResponseSpec = { description: 'Throttled by the gateway or refused as too many attempts' };

export function openApiDocument(
  routes: RouteSpec[],
  serverUrl = '/',
  oauth: OAuthEndpoints = { authorizationUrl: '/oauth2/authorize', tokenUrl: '/oauth2/token' },
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of routes) {
    const responses: Record<string, ResponseSpec> = { ...spec.responses };
    responses['429'] ??= THROTTLED;
    const operation = {
      operationId: spec.operationId,
      summary: spec.summary,
      description: spec.summary,
      tags: spec.tags,
      ...security(spec),
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
        Object.entries(responses).map(([status, response]) => [
          status,
          {
            description: response.description,
            ...responseHeaders(Number(status), response),
            ...responseContent(response),
          },
        ]),
      ),
    };
    (paths[spec.path] ??= {})[spec.method.toLowerCase()] = operation;
  }
  const usedTags = [...new Set(routes.flatMap((spec) => spec.tags))].sort();
  return {
    openapi: '3.1.0',
    info: {
      title: 'permis-points API',
      version: '1.0.0',
      description:
        "France's driving-licence points service: a motorist's balance, history and upcoming recoveries, and the licence authority's registry feed. Errors are application/problem+json (RFC 9457), in French unless Accept-Language prefers English, each with a stable `code`.",
      license: {
        name: 'EUPL-1.2',
        url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12',
      },
      contact: {
        name: 'permis-points maintainers',
        url: 'https://permis-points.fr',
        email: 'contact@permis-points.fr',
      },
    },
    servers: [{ url: serverUrl }],
    tags: usedTags.map((name) => ({ name, description: tagDescriptions[name] ?? name })),
    components: {
      schemas: { Problem: withoutDialect(toSchema(problemBody, 'output')) },
      securitySchemes: {
        motorist: {
          type: 'oauth2',
          description:
            "A motorist's access token from the user pool: authorization code with PKCE, through FranceConnect or an e-mail account.",
          flows: {
            authorizationCode: {
              authorizationUrl: oauth.authorizationUrl,
              tokenUrl: oauth.tokenUrl,
              scopes: { openid: 'Sign in', email: 'The e-mail address', profile: 'The name' },
            },
          },
        },
        registryClient: {
          type: 'oauth2',
          description: "The licence authority's machine clients: client credentials.",
          flows: {
            clientCredentials: {
              tokenUrl: oauth.tokenUrl,
              scopes: { 'registry/write': 'Feed licence records and established facts' },
            },
          },
        },
      },
    },
    paths,
  };
}
