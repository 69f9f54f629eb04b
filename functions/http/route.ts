// One HTTP route = one spec (method, path, auth, schemas) and one thin handler.
// The wrapper parses and validates the request, authenticates the caller, and
// maps results and problems to API Gateway answers. The same specs generate the
// OpenAPI document, so what is validated is what is documented.
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { z } from 'zod';
import { logger } from './logger.ts';
import {
  HttpProblem,
  internalErrorResponse,
  problemResponse,
  problems,
  type FieldErrorInput,
} from './problem.ts';
import { preferredLanguage, type Language } from './language.ts';
import { localise } from './problem-texts.ts';
import { recordSecurityEvent } from '../adapters/security-events.ts';
import type { Caller, TokenVerifier } from './token-verifier.ts';

export type RouteAuth = 'public' | 'motorist' | 'registry';
export const REGISTRY_SCOPE = 'registry/write';
export const MAX_BODY_BYTES = 64 * 1024;

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  contentType?: string;
  /** Other media types the same answer may take, chosen by the request's Accept header. */
  alternatives?: { contentType: string; schema: z.ZodType }[];
  headers?: Record<string, string>;
}

export interface RouteSpec {
  operationId: string;
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  summary: string;
  tags: string[];
  auth: RouteAuth;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Record<number, ResponseSpec>;
}

export interface HttpRequest<Spec extends RouteSpec> {
  body: Spec['body'] extends z.ZodType ? z.infer<Spec['body']> : undefined;
  params: Spec['params'] extends z.ZodObject ? z.infer<Spec['params']> : Record<string, never>;
  query: Spec['query'] extends z.ZodObject ? z.infer<Spec['query']> : Record<string, never>;
  caller: Spec['auth'] extends 'public' ? undefined : Caller;
  /** French unless the request's Accept-Language prefers English. */
  language: Language;
  event: APIGatewayProxyEventV2;
}

export interface HttpResult {
  status: number;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

export type LambdaHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

const frenchErrors = z.locales.fr().localeError;

/** A zod issue's stable code: what a client branches on or translates. */
function issueCode(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return 'input' in issue && issue.input === undefined ? 'required' : 'invalid-type';
    case 'too_small':
      return issue.origin === 'string' ? 'too-short' : 'too-small';
    case 'too_big':
      return issue.origin === 'string' ? 'too-long' : 'too-big';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'invalid_value':
      return 'invalid-value';
    case 'invalid_format':
      return 'invalid-format';
    default:
      return 'invalid';
  }
}

const pathOf = (prefix: string, parts: PropertyKey[]) =>
  [prefix, ...parts.map(String)]
    .filter(Boolean)
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');

/**
 * The field errors of a failed parse, in both languages: `french` is the same parse with zod's French locale,
 * whose issues come in the same order; a message the schema wrote itself is translated by the catalogue.
 */
export function toFieldErrors(error: z.ZodError, prefix = '', french?: z.ZodError): FieldErrorInput[] {
  return error.issues.map((issue, index) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = pathOf(prefix, keys.length === 1 ? [...issue.path, ...keys] : issue.path);
    const frenchMessage = french?.issues[index]?.message;
    const written = localise(issue.message);
    return {
      path,
      code: issueCode(issue),
      message: written ?? { en: issue.message, fr: frenchMessage ?? issue.message },
    };
  });
}

function parse<T extends z.ZodType>(schema: T, input: unknown, prefix: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const french = schema.safeParse(input, { error: frenchErrors });
  throw problems.validation(toFieldErrors(result.error, prefix, french.success ? undefined : french.error));
}

function readJsonBody(event: APIGatewayProxyEventV2): unknown {
  const raw = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw problems.tooLarge(MAX_BODY_BYTES);
  const contentType = event.headers['content-type'] ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType)) throw problems.unsupportedMediaType();
  try {
    return JSON.parse(text);
  } catch {
    throw problems.malformedJson();
  }
}

async function authenticate(
  auth: RouteAuth,
  event: APIGatewayProxyEventV2,
  verifier: TokenVerifier | undefined,
) {
  if (auth === 'public') return undefined;
  const header = event.headers.authorization ?? '';
  const match = /^Bearer\s+([A-Za-z0-9\-_.]+)$/i.exec(header.trim());
  if (!match?.[1])
    recordSecurityEvent('token-refused', { reason: header ? 'not-a-bearer-token' : 'missing' });
  // The verifier logs why it refused a token.
  const caller = match?.[1] && verifier ? await verifier.verify(match[1]) : undefined;
  if (!caller) throw problems.unauthorized();
  const refuse = (reason: string, detail: string) => {
    recordSecurityEvent('token-refused', { reason });
    return problems.forbidden(detail);
  };
  const hasRegistryScope = caller.scopes.includes(REGISTRY_SCOPE);
  // The scope alone is not enough: a motorist's app client must never reach the registry, even if a
  // misconfigured pool granted it the scope.
  if (hasRegistryScope && !caller.registryClient)
    throw refuse(
      'registry-scope-on-app-client',
      'The registry/write scope belongs to registry clients only.',
    );
  const isMachine = hasRegistryScope || caller.registryClient || caller.accountId === caller.clientId;
  if (auth === 'registry' && !caller.registryClient)
    throw refuse('not-a-registry-client', "This route is for the registry's clients.");
  if (auth === 'registry' && !hasRegistryScope)
    throw refuse('registry-scope-missing', 'This route needs the registry/write scope.');
  if (auth === 'motorist' && isMachine)
    throw refuse('machine-on-motorist-route', 'This route is for signed-in motorists.');
  return caller;
}

function toResponse(result: HttpResult): APIGatewayProxyStructuredResultV2 {
  const headers = { 'cache-control': 'no-store', ...result.headers };
  if (result.body === undefined) return { statusCode: result.status, headers };
  if (typeof result.body === 'string') {
    return {
      statusCode: result.status,
      headers: { 'content-type': result.contentType ?? 'text/plain; charset=utf-8', ...headers },
      body: result.body,
    };
  }
  return {
    statusCode: result.status,
    headers: { 'content-type': result.contentType ?? 'application/json', ...headers },
    body: JSON.stringify(result.body),
  };
}

export function httpRoute<Spec extends RouteSpec>(
  spec: Spec,
  verifier: TokenVerifier | undefined,
  handle: (request: HttpRequest<Spec>) => Promise<HttpResult>,
): LambdaHandler {
  const base = async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const language = preferredLanguage(event.headers['accept-language']);
    try {
      const caller = await authenticate(spec.auth, event, verifier);
      const params = spec.params ? parse(spec.params, event.pathParameters ?? {}, '') : {};
      const query = spec.query ? parse(spec.query, event.queryStringParameters ?? {}, '') : {};
      const body = spec.body ? parse(spec.body, readJsonBody(event), '') : undefined;
      const request = { body, params, query, caller, language, event } as HttpRequest<Spec>;
      return toResponse(await handle(request));
    } catch (error) {
      if (error instanceof HttpProblem && error.status < 500) return problemResponse(error, language);
      logger.error('request failed', {
        operationId: spec.operationId,
        error: error instanceof Error ? error : String(error),
      });
      return internalErrorResponse(language);
    }
  };
  return middy(base).use(requestLog(spec)) as unknown as LambdaHandler;
}

/**
 * One structured log line per request: the route template (never the raw path, which may hold a licence
 * number), the status and the duration. Tokens, bodies and licence numbers are never logged.
 */
function requestLog(
  spec: RouteSpec,
): middy.MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> {
  const startedAt = new WeakMap<object, number>();
  return {
    before: (request) => void startedAt.set(request.event, performance.now()),
    after: (request) => {
      logger.info('request', {
        operationId: spec.operationId,
        route: `${spec.method} ${spec.path}`,
        status: request.response?.statusCode,
        durationMs:
          Math.round((performance.now() - (startedAt.get(request.event) ?? performance.now())) * 100) / 100,
        requestId: request.event.requestContext?.requestId,
      });
    },
  };
}

/** Builds the handler on the first call: module scope stays cheap to import, dependencies are built once per cold start. */
export function lazyHandler(build: () => LambdaHandler): LambdaHandler {
  let handler: LambdaHandler | undefined;
  return (event) => (handler ??= build())(event);
}
