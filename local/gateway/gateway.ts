// The local API Gateway: one Node HTTP server that dispatches /v1 requests to the
// same Lambda handlers as AWS (payload 2.0 events), answers 404/405 like the
// deployed `$default` route, serves the local-only routes and the web front end.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  internalErrorResponse,
  type LambdaHandler,
  problemResponse,
  problems,
  type RouteSpec,
  VerifiedTokens,
} from '../../functions/http/index.ts';
import { compileRoute, matchRoute } from '../../functions/not-found/index.ts';
import { VIEWER_ADDRESS_HEADER } from '../../functions/verify-document/viewer-address.ts';
import { listen } from '../server/index.ts';
import { invokeHttpApiHandler, writeHttpApiResult, type JwtAuthorizerContext } from '../lambda-http/index.ts';

export type PlainHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

export interface GatewayOptions {
  api: { spec: RouteSpec; handler: LambdaHandler }[];
  /** Plays API Gateway's JWT authorizer: the verified claims of the bearer token, passed on to the handler. */
  authorizer?: (accessToken: string) => Promise<Record<string, unknown> | undefined>;
  /** Local-only routes such as `POST /local/clock`, keyed by `METHOD /path`. */
  local?: Record<string, PlainHandler>;
  /** Serves everything outside /v1 and /local (the web front end). */
  web?: PlainHandler;
}

// API Gateway refuses payloads over 10 MB before any Lambda runs.
const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

export function makeGateway({
  api,
  authorizer,
  local = {},
  web,
}: GatewayOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const apiRoutes = api.map(({ spec, handler }) => compileRoute(spec.method, spec.path, { spec, handler }));
  // The claims of the tokens the authorizer accepted, until their exp: the same answers as asking it on every
  // request (only exp turns with time, and it is checked on every hit; a refused token is never kept), without
  // the RS256 verification per request that API Gateway bears in AWS and the function never does.
  const accepted = new VerifiedTokens<Record<string, unknown>>();
  async function claimsOf(token: string): Promise<Record<string, unknown> | undefined> {
    const known = accepted.get(token, Date.now() / 1000);
    if (known) return { ...known };
    const claims = await authorizer?.(token);
    if (claims && typeof claims.exp === 'number') accepted.add(token, { ...claims }, claims.exp);
    return claims;
  }

  /** The authorizer context API Gateway would add: only for routes that take a token, and only a valid one. */
  async function authorizerContext(
    request: IncomingMessage,
    spec: RouteSpec,
  ): Promise<JwtAuthorizerContext | undefined> {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (spec.auth === 'public' || !token || !authorizer) return undefined;
    const claims = await claimsOf(token);
    if (!claims) return undefined;
    const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
    return {
      principalId: '',
      integrationLatency: 0,
      jwt: { claims: claims as Record<string, string>, scopes },
    };
  }
  const localRoutes = Object.entries(local).map(([key, handler]) => {
    const [method = 'GET', path = '/'] = key.split(' ');
    return compileRoute(method, path, handler);
  });

  async function serve(request: IncomingMessage, response: ServerResponse) {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    const method = request.method ?? 'GET';
    if (path.startsWith('/local/')) {
      const match = matchRoute(localRoutes, method, path);
      if (match.kind === 'found') return match.target(request, response);
      return writeHttpApiResult(
        response,
        problemResponse(
          match.kind === 'method-not-allowed'
            ? problems.methodNotAllowed(match.allowed)
            : problems.notFound(),
        ),
      );
    }
    if (!path.startsWith('/v1/') && path !== '/v1') {
      if (web) return web(request, response);
      return writeHttpApiResult(response, problemResponse(problems.notFound()));
    }
    // As the distribution's viewer-request function does in AWS (infra/web-hosting.ts): the viewer's address,
    // written over any the client sent.
    request.headers[VIEWER_ADDRESS_HEADER] = (request.socket.remoteAddress ?? '127.0.0.1').replace(
      /^::ffff:/,
      '',
    );
    if (Number(request.headers['content-length'] ?? 0) > MAX_PAYLOAD_BYTES) {
      return writeHttpApiResult(response, problemResponse(problems.tooLarge(MAX_PAYLOAD_BYTES)));
    }
    const match = matchRoute(apiRoutes, method === 'HEAD' ? 'GET' : method, path);
    if (match.kind === 'found') {
      const { spec, handler } = match.target;
      const authorizerContextValue = await authorizerContext(request, spec);
      return invokeHttpApiHandler(handler, request, response, {
        routeKey: `${spec.method} ${spec.path}`,
        pathParameters: match.pathParameters,
        ...(authorizerContextValue ? { authorizer: authorizerContextValue } : {}),
      });
    }
    request.resume();
    writeHttpApiResult(
      response,
      problemResponse(
        match.kind === 'method-not-allowed' ? problems.methodNotAllowed(match.allowed) : problems.notFound(),
      ),
    );
  }

  return (request, response) => {
    serve(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) writeHttpApiResult(response, internalErrorResponse());
      else response.end();
    });
  };
}

export function startGateway(
  options: GatewayOptions,
  port: number,
  host = '127.0.0.1',
): Promise<{ server: Server; port: number }> {
  const server = createServer(makeGateway(options));
  return listen(server, port, host).then((bound) => ({ server, port: bound }));
}
