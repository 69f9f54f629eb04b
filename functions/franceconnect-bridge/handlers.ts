// The bridge's Lambda handlers (API Gateway HTTP API, payload 2.0), built from explicit configuration
// so that AWS (handler.ts), the local user pool and the tests run the same code.
import { randomBytes } from 'node:crypto';
import type {
  APIGatewayProxyEventV2,
  APIGatewayProxyEventV2WithJWTAuthorizer,
  APIGatewayProxyStructuredResultV2,
} from 'aws-lambda';
import { makeAuthorize } from './authorize.ts';
import type { BridgeConfig } from './config.ts';
import { makeFranceConnectLogout } from './logout.ts';
import { makeRelayToken } from './relay-token.ts';
import type { FranceConnectSessionStore } from './session-store.ts';
import { makeVerifiedUserinfo } from './verified-userinfo.ts';

export type BridgeHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

export interface BridgeDependencies {
  sessions: FranceConnectSessionStore;
  fetch?: typeof fetch;
  clock?: () => Date;
}

const noStore = { 'cache-control': 'no-store' };

const redirect = (location: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode: 302,
  headers: { ...noStore, location },
});

const json = (statusCode: number, value: unknown, headers: Record<string, string> = {}) => ({
  statusCode,
  headers: { ...noStore, 'content-type': 'application/json', ...headers },
  body: JSON.stringify(value),
});

const requestBody = (event: APIGatewayProxyEventV2) =>
  Buffer.from(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8').toString('utf8');

/** The username claim put on the event by API Gateway's JWT authorizer, if any. */
function authorizedUsername(event: APIGatewayProxyEventV2): string | undefined {
  const { authorizer } = (event as Partial<APIGatewayProxyEventV2WithJWTAuthorizer>).requestContext ?? {};
  const username = authorizer?.jwt?.claims.username;
  return typeof username === 'string' ? username : undefined;
}

export function makeBridgeHandlers(config: BridgeConfig, dependencies: BridgeDependencies) {
  const { franceConnect, postLogoutRedirectUri } = config;
  const { sessions, fetch = globalThis.fetch, clock = () => new Date() } = dependencies;
  const authorizeUrl = makeAuthorize({ franceConnect });
  const relayToken = makeRelayToken({ franceConnect, sessions, fetch, clock });
  const verifiedUserinfo = makeVerifiedUserinfo({ franceConnect, fetch });
  const franceConnectLogout = makeFranceConnectLogout({ franceConnect, sessions, postLogoutRedirectUri });

  const authorize: BridgeHandler = (event) =>
    Promise.resolve(redirect(authorizeUrl(new URLSearchParams(event.rawQueryString))));

  const token: BridgeHandler = async (event) => {
    const answer = await relayToken({
      body: requestBody(event),
      contentType: event.headers['content-type'],
      authorization: event.headers.authorization,
    });
    return {
      statusCode: answer.status,
      headers: { ...noStore, 'content-type': answer.contentType },
      body: answer.body,
    };
  };

  const userinfo: BridgeHandler = async (event) => {
    const answer = await verifiedUserinfo(event.headers.authorization);
    if ('claims' in answer) return json(200, answer.claims);
    console.warn(`FranceConnect userinfo refused: ${answer.refused}`);
    return json(401, { error: 'invalid_token' }, { 'www-authenticate': 'Bearer error="invalid_token"' });
  };

  // Behind the API's JWT authorizer: the user is the one the pool's access token names.
  const logout: BridgeHandler = async (event) => {
    const username = authorizedUsername(event);
    if (!username) return json(401, { error: 'unauthorized' });
    const state = event.queryStringParameters?.state ?? randomBytes(16).toString('base64url');
    const location = await franceConnectLogout({ username, state });
    if (location) return redirect(location);
    // No FranceConnect session to end: continue the logout chain where FranceConnect would have sent it.
    const next = new URL(postLogoutRedirectUri);
    next.searchParams.set('state', state);
    return redirect(next.href);
  };

  return { authorize, token, userinfo, logout };
}
