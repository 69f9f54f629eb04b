// Runs Lambda handlers written for API Gateway HTTP APIs (payload format 2.0) behind a plain Node
// HTTP server: the request becomes the event API Gateway would send, the result becomes the response.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  APIGatewayEventRequestContextJWTAuthorizer,
  APIGatewayEventRequestContextV2,
  APIGatewayProxyEventV2WithRequestContext,
  APIGatewayProxyResultV2,
} from 'aws-lambda';

export type JwtAuthorizerContext = APIGatewayEventRequestContextJWTAuthorizer;

/** What API Gateway's route configuration adds to a request: the matched route and its authorizer. */
export interface HttpApiRoute {
  routeKey?: string;
  pathParameters?: Record<string, string>;
  authorizer?: JwtAuthorizerContext;
}

export type HttpApiEvent = APIGatewayProxyEventV2WithRequestContext<
  APIGatewayEventRequestContextV2 & { authorizer?: JwtAuthorizerContext }
>;

export type HttpApiHandler = (event: HttpApiEvent) => Promise<APIGatewayProxyResultV2>;

// API Gateway passes these bodies as text and base64-encodes everything else.
const textContentType =
  /^(text\/|application\/(json|x-www-form-urlencoded|xml|javascript)|application\/[\w.-]+\+(json|xml))/i;

export async function readRequestBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function singleValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

function accessLogTime(date: Date): string {
  const [, day, month, year, time] = date.toUTCString().split(' ');
  return `${day}/${month}/${year}:${time} +0000`;
}

function lowerCasedHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    const joined = singleValue(value);
    // Payload 2.0 moves cookies to their own field.
    if (joined !== undefined && name !== 'cookie') headers[name] = joined;
  }
  return headers;
}

function queryParameters(rawQueryString: string): Record<string, string> | undefined {
  const parameters: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    parameters[name] = name in parameters ? `${parameters[name]},${value}` : value;
  }
  return Object.keys(parameters).length > 0 ? parameters : undefined;
}

/** The payload 2.0 event API Gateway would send for `request` (whose body was already read). */
export function toHttpApiEvent(
  request: IncomingMessage,
  body: Buffer,
  route: HttpApiRoute = {},
): HttpApiEvent {
  const target = request.url ?? '/';
  const queryStart = target.indexOf('?');
  const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
  const rawQueryString = queryStart === -1 ? '' : target.slice(queryStart + 1);
  const headers = lowerCasedHeaders(request);
  const cookies = request.headers.cookie?.split(';').map((cookie) => cookie.trim());
  const isBase64Encoded = body.length > 0 && !textContentType.test(headers['content-type'] ?? '');
  const routeKey = route.routeKey ?? '$default';
  const now = new Date();
  const domainName = (headers.host ?? 'localhost').replace(/:\d+$/, '');
  const method = request.method ?? 'GET';
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString,
    ...(cookies && { cookies }),
    headers,
    ...(rawQueryString && { queryStringParameters: queryParameters(rawQueryString) }),
    ...(route.pathParameters && { pathParameters: route.pathParameters }),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName,
      domainPrefix: domainName.split('.')[0] ?? domainName,
      http: {
        method,
        path: rawPath,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: (request.socket.remoteAddress ?? '127.0.0.1').replace(/^::ffff:/, ''),
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: accessLogTime(now),
      timeEpoch: now.getTime(),
      ...(route.authorizer && { authorizer: route.authorizer }),
    },
    ...(body.length > 0 && { body: body.toString(isBase64Encoded ? 'base64' : 'utf8') }),
    isBase64Encoded,
  };
}

/** Writes a handler's result the way API Gateway answers it (payload format 2.0). */
export function writeHttpApiResult(response: ServerResponse, result: APIGatewayProxyResultV2): void {
  // A bare string or an object without statusCode is a 200 JSON answer, as in API Gateway.
  if (typeof result === 'string' || typeof result !== 'object' || !('statusCode' in result)) {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(typeof result === 'string' ? result : JSON.stringify(result));
    return;
  }
  for (const [name, value] of Object.entries(result.headers ?? {})) response.setHeader(name, String(value));
  if (result.cookies?.length) response.setHeader('set-cookie', result.cookies);
  response.statusCode = result.statusCode ?? 200;
  response.end(
    result.body === undefined
      ? undefined
      : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8'),
  );
}

/** Serves one request with `handler`; a handler that throws gets API Gateway's bare 500. */
export async function invokeHttpApiHandler(
  handler: HttpApiHandler,
  request: IncomingMessage,
  response: ServerResponse,
  route: HttpApiRoute = {},
): Promise<void> {
  const event = toHttpApiEvent(request, await readRequestBody(request), route);
  let result: APIGatewayProxyResultV2;
  try {
    result = await handler(event);
  } catch (error) {
    console.error(error);
    result = {
      statusCode: 500,
      headers: { 'content-type': 'application/json' },
      body: '{"message":"Internal Server Error"}',
    };
  }
  writeHttpApiResult(response, result);
}
