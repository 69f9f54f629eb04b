// One HTTP route = one spec (method, path, auth, schemas) and one thin handler.
// middy's own middlewares normalise the headers, negotiate the language, parse the JSON body, add the security
// headers and write the errors; the project's own verify the token, limit the body and validate with zod. The
// same specs generate the OpenAPI document, so what is validated is what is documented.
import middy from '@middy/core';
import httpContentNegotiation from '@middy/http-content-negotiation';
import httpErrorHandler from '@middy/http-error-handler';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import httpSecurityHeaders from '@middy/http-security-headers';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { bearerToken, type RouteAuth } from './bearer-token.ts';
import { bodyLimit } from './body-limit.ts';
import type { Language } from './language.ts';
import { internalError, problemDocument } from './problem.ts';
import { problemDetails } from './problem-details.ts';
import { requestLog } from './request-log.ts';
import { requestValidation } from './request-validation.ts';
import { contextOutsideLambda, languageOf, type RouteContext } from './route-context.ts';
import type { Caller, TokenVerifier } from './token-verifier.ts';
import { useCaseProblem } from './use-case-problems.ts';

export { REGISTRY_SCOPE, type RouteAuth } from './bearer-token.ts';
export const MAX_BODY_BYTES = 64 * 1024;

export interface ResponseSpec {
  description: string;
  schema?: z.core.$ZodType;
  contentType?: string;
  /** Other media types the same answer may take, chosen by the request's Accept header. */
  alternatives?: { contentType: string; schema: z.core.$ZodType }[];
  headers?: Record<string, string>;
}

export interface RouteSpec {
  operationId: string;
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  summary: string;
  tags: string[];
  auth: RouteAuth;
  params?: z.core.$ZodObject;
  query?: z.core.$ZodObject;
  body?: z.core.$ZodType;
  responses: Record<number, ResponseSpec>;
}

export interface HttpRequest<Spec extends RouteSpec> {
  body: Spec['body'] extends z.core.$ZodType ? z.output<Spec['body']> : undefined;
  params: Spec['params'] extends z.core.$ZodObject ? z.output<Spec['params']> : Record<string, never>;
  query: Spec['query'] extends z.core.$ZodObject ? z.output<Spec['query']> : Record<string, never>;
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

/** Lambda passes its invocation context; the local runtime and tests may not. */
export type LambdaHandler = (
  event: APIGatewayProxyEventV2,
  context?: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

function toResponse(result: HttpResult): APIGatewayProxyStructuredResultV2 {
  const headers = { 'Cache-Control': 'no-store', ...result.headers };
  if (result.body === undefined) return { statusCode: result.status, headers };
  const text = typeof result.body === 'string' ? result.body : undefined;
  return {
    statusCode: result.status,
    headers: {
      'Content-Type':
        result.contentType ?? (text === undefined ? 'application/json' : 'text/plain; charset=utf-8'),
      ...headers,
    },
    body: text ?? JSON.stringify(result.body),
  };
}

/**
 * An API answers JSON, and the one HTML page (a document's verification) styles itself inline: nothing may be
 * loaded, framed or run.
 */
const securityHeaders = httpSecurityHeaders({
  contentSecurityPolicy: {
    'default-src': "'none'",
    'style-src': "'unsafe-inline'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-ancestors': "'none'",
  },
  // The web front end reads the API from its own origin through CORS (API Gateway answers the preflight).
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  crossOriginEmbedderPolicy: false,
  reportTo: false,
  reportingEndpoints: false,
  permissionsPolicy: false,
});

const languages = httpContentNegotiation({
  parseLanguages: true,
  availableLanguages: ['fr', 'en'],
  defaultToFirstLanguage: true,
  parseCharsets: false,
  parseEncodings: false,
  parseMediaTypes: false,
  failOnMismatch: false,
});

/** Should an error reach http-error-handler unexposed (problemDetails exposes every one): the French 500. */
const fallbackMessage = problemDocument(internalError());

export function httpRoute<Spec extends RouteSpec>(
  spec: Spec,
  verifier: TokenVerifier | undefined,
  handle: (request: HttpRequest<Spec>) => Promise<HttpResult>,
): LambdaHandler {
  // No early timeout: the function's own timeout stands, without a timer set and cleared on every request.
  const pipeline = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, RouteContext>({
    timeoutEarlyInMillis: 0,
  })
    .use(requestLog(spec))
    .use(securityHeaders)
    .use(httpErrorHandler({ logger: false, fallbackMessage }))
    .use(problemDetails(spec.operationId, useCaseProblem))
    .use(httpHeaderNormalizer())
    .use(languages);
  if (spec.auth !== 'public') pipeline.use(bearerToken(spec.auth, verifier));
  if (spec.params || spec.query) pipeline.use(requestValidation({ params: spec.params, query: spec.query }));
  if (spec.body)
    pipeline
      .use(bodyLimit(MAX_BODY_BYTES))
      .use(httpJsonBodyParser())
      .use(requestValidation({ body: spec.body }));
  pipeline.handler(async (event, context) => {
    const { params = {}, query = {}, body } = context.input ?? {};
    const request = { body, params, query, caller: context.caller, language: languageOf(context), event };
    return toResponse(await handle(request as HttpRequest<Spec>));
  });
  return (event, context) => pipeline(event, context ?? contextOutsideLambda());
}

/** Builds the handler on the first call: module scope stays cheap to import, dependencies are built once per cold start. */
export function lazyHandler(build: () => LambdaHandler): LambdaHandler {
  let handler: LambdaHandler | undefined;
  return (event, context) => (handler ??= build())(event, context);
}
