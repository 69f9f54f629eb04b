// The bridge's Lambda handlers (API Gateway HTTP API, payload 2.0), built from explicit configuration
// so that AWS (handler.ts), the local user pool and the tests run the same code.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { decodeJwt } from 'jose';
import { httpRoute, makeTokenVerifier, problems } from '../http/index.ts';
import { makeAuthorize } from './authorize.ts';
import type { BridgeConfig } from './config.ts';
import { makeFranceConnectLogout } from './logout.ts';
import { logoutRoute } from './logout-route.ts';
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

const unregisteredReturn = () =>
  problems.validation([
    {
      path: 'postLogoutRedirectUri',
      code: 'not-registered',
      message: {
        fr: 'n’est pas une adresse de retour enregistrée auprès de FranceConnect',
        en: 'is not a return address registered with FranceConnect',
      },
    },
  ]);

export function makeBridgeHandlers(config: BridgeConfig, dependencies: BridgeDependencies) {
  const { franceConnect, postLogoutRedirectUris } = config;
  const { sessions, fetch = globalThis.fetch, clock = () => new Date() } = dependencies;
  const authorizeUrl = makeAuthorize({ franceConnect });
  const relayToken = makeRelayToken({ franceConnect, sessions, fetch, clock });
  const verifiedUserinfo = makeVerifiedUserinfo({ franceConnect, fetch });
  const franceConnectLogout = makeFranceConnectLogout({ franceConnect, sessions });
  // The same verification as the API's routes: pool access tokens of the motorists' clients only.
  const verifier = makeTokenVerifier({ ...config.userPool, registryClientIds: [] });

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

  // The caller is the one their verified access token names: a request cannot name anyone else.
  const logout: BridgeHandler = httpRoute(logoutRoute, verifier, async ({ body, caller }) => {
    if (!postLogoutRedirectUris.includes(body.postLogoutRedirectUri)) throw unregisteredReturn();
    // Verified just now by the route; the pool's username says which FranceConnect subject this is.
    const { username } = decodeJwt(caller.accessToken);
    const endSession = await franceConnectLogout({
      username: typeof username === 'string' ? username : '',
      postLogoutRedirectUri: body.postLogoutRedirectUri,
    });
    return endSession ? { status: 200, body: endSession } : { status: 204 };
  });

  return { authorize, token, userinfo, logout };
}
