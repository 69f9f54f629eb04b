// The local user pool (plays Cognito): oidc-provider on Cognito's paths, the hosted sign-in pages,
// Cognito's userInfo and logout, federation to FranceConnect through the bridge, which is mounted
// on the same server under /franceconnect/ (its logout step with the CORS the HTTP API gives the web).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import Provider from 'oidc-provider';
import { makeInMemoryFranceConnectSessionStore } from '../../../functions/adapters/franceconnect-session-store.ts';
import { franceConnectEndpoints, makeBridgeHandlers } from '../../../functions/franceconnect-bridge/index.ts';
import { REFRESH_TOKEN_ROTATION } from '../../../functions/http/index.ts';
import { invokeHttpApiHandler } from '../../lambda-http/index.ts';
import type { Outbox } from '../../outbox/index.ts';
import type { FranceConnectClient } from '../franceconnect/index.ts';
import { errorPage } from '../html.ts';
import { closeServer, listen, redirect, requestUrl, sendHtml, sendJson, withErrorPage } from '../http.ts';
import { loadProviderSecrets, publicJwks } from '../provider-secrets.ts';
import { openAccounts } from './accounts.ts';
import {
  clientMetadata,
  loadRegistryClient,
  MOBILE_CLIENT_ID,
  MOTORIST_CLIENT_IDS,
  WEB_CLIENT_ID,
  type RegistryClient,
} from './clients.ts';
import { cognitoDiscovery } from './discovery.ts';
import { makeEmailAccounts } from './email-accounts.ts';
import { makeFranceConnectFederation, type FranceConnectFederationOptions } from './federation.ts';
import { makeInteractionRoutes } from './interactions.ts';
import { makeLogout } from './logout.ts';
import { userPoolConfiguration } from './provider-configuration.ts';
import { makeUserInfoEndpoint } from './userinfo.ts';

export interface UserPoolOptions {
  /** 3001 unless told; 0 picks a free port. */
  port?: number;
  /** Keys, accounts and the registry client's secret are kept under `<dataDir>/identity/`. */
  dataDir: string;
  /** Where sign-up and password reset codes are sent. */
  outbox: Outbox;
  /** The pool's client at FranceConnect. */
  franceConnect: FranceConnectFederationOptions;
  /** The web client's redirect URIs; `http://localhost:3000/auth/callback` unless told. */
  webRedirectUris?: string[];
  /** Where /logout may send the web client's browser back; `http://localhost:3000/` unless told. */
  logoutUris?: string[];
  /**
   * Where FranceConnect may send the web's browser back after its logout (registered with FranceConnect,
   * the bridge's allow-list); `http://localhost:3000/auth/logged-out` unless told.
   */
  franceConnectLogoutUris?: string[];
  /** The bridge's base URL; the bridge mounted on this server (`<url>/franceconnect`) unless told. */
  bridgeUrl?: string;
  /** Today's time for codes and kept FranceConnect sessions; tokens always use the real time. */
  now?: () => Date;
}

export interface UserPool {
  /** The pool's URL, also its issuer. */
  url: string;
  jwksUrl: string;
  webClientId: string;
  /** The mobile app's client, whose redirect URIs are fixed (`MOBILE_REDIRECT_URI`). */
  mobileClientId: string;
  registryClient: RegistryClient;
  /** The bridge's logout step (POST, the caller's access token): FranceConnect's logout address. */
  bridgeLogoutUrl: string;
  /** How FranceConnect must know the pool: register it with the FranceConnect stand-in. */
  franceConnectClient: FranceConnectClient;
  close(): Promise<void>;
}

export const DEFAULT_WEB_REDIRECT_URI = 'http://localhost:3000/auth/callback';
export const DEFAULT_LOGOUT_URI = 'http://localhost:3000/';
export const DEFAULT_FRANCECONNECT_LOGOUT_URI = 'http://localhost:3000/auth/logged-out';
export const BRIDGE_LOGOUT_PATH = '/franceconnect/logout';

const bridgeRoutes = /^\/franceconnect\/(authorize|token|userinfo)$/;
const interactionRoutes = /^\/interaction\/([\w-]+)(?:\/(.+))?$/;

export async function startUserPool(options: UserPoolOptions): Promise<UserPool> {
  const identityDir = join(options.dataDir, 'identity');
  const clock = options.now ?? (() => new Date());
  const webRedirectUris = options.webRedirectUris ?? [DEFAULT_WEB_REDIRECT_URI];
  const logoutUris = options.logoutUris ?? [DEFAULT_LOGOUT_URI];
  const franceConnectLogoutUris = options.franceConnectLogoutUris ?? [DEFAULT_FRANCECONNECT_LOGOUT_URI];
  const webOrigins = webRedirectUris.map((uri) => new URL(uri).origin);
  const [secrets, registry, accounts] = await Promise.all([
    loadProviderSecrets(join(identityDir, 'pool-keys.json'), ['RS256']),
    loadRegistryClient(options.dataDir),
    openAccounts(join(identityDir, 'accounts.json')),
  ]);

  const server = createServer();
  const url = `http://localhost:${await listen(server, options.port ?? 3001)}`;
  const bridgeUrl = options.bridgeUrl ?? `${url}/franceconnect`;
  const { issuer: franceConnectIssuer, clientId: franceConnectClientId } = options.franceConnect;

  const clients = clientMetadata(registry, { redirectUris: webRedirectUris, logoutUris });
  const provider = new Provider(url, userPoolConfiguration({ secrets, clients, registry, accounts }));
  // Cognito answers a refresh grant without a refresh token when rotation is off; oidc-provider repeats the old one.
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as Record<string, unknown> | undefined;
    const params = (ctx as { oidc?: { params?: Record<string, unknown> } }).oidc?.params;
    const refreshGrant = ctx.path === '/oauth2/token' && params?.grant_type === 'refresh_token';
    if (refreshGrant && !REFRESH_TOKEN_ROTATION && body) delete body.refresh_token;
  });
  const providerCallback = provider.callback();

  const sessions = makeInMemoryFranceConnectSessionStore(clock);
  // What the bridge knows of FranceConnect (its secret stays with the pool, which sends it through).
  const franceConnectConfig = {
    issuer: franceConnectIssuer,
    clientId: franceConnectClientId,
    jwksUrl: franceConnectEndpoints(franceConnectIssuer).jwks,
  };
  const bridge = makeBridgeHandlers(
    {
      franceConnect: franceConnectConfig,
      postLogoutRedirectUris: franceConnectLogoutUris,
      userPool: { issuer: url, jwksUri: `${url}/.well-known/jwks.json`, clientIds: MOTORIST_CLIENT_IDS },
    },
    { sessions, clock },
  );
  const federation = makeFranceConnectFederation({
    poolUrl: url,
    bridgeUrl,
    franceConnect: options.franceConnect,
    accounts,
    clock,
  });
  const interaction = makeInteractionRoutes({
    provider,
    emailAccounts: makeEmailAccounts({ accounts, outbox: options.outbox, clock }),
    federation,
  });
  const logout = makeLogout({ provider, poolUrl: url });
  const userInfo = makeUserInfoEndpoint({
    issuer: url,
    jwks: publicJwks(secrets.signingKeys),
    accounts,
    allowedOrigins: webOrigins,
  });

  const notFound = (response: ServerResponse) =>
    sendHtml(response, 404, errorPage('fr', 'Page introuvable', { error: 'not_found' }));

  // FranceConnect returns to Cognito's fixed address, outside the interaction's cookie path.
  function backToInteraction(response: ServerResponse, query: URLSearchParams) {
    const uid = federation.interactionOf(query.get('state') ?? '');
    if (!uid) return notFound(response);
    redirect(response, `/interaction/${uid}/franceconnect/callback?${query}`);
  }

  // The bridge's logout step is called by the web from its own origin: the HTTP API's CORS (infra/http-api.ts).
  function bridgeLogout(request: IncomingMessage, response: ServerResponse) {
    const origin = request.headers.origin;
    if (origin && webOrigins.includes(origin)) {
      response.setHeader('access-control-allow-origin', origin);
      response.setHeader('vary', 'origin');
    }
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'authorization, content-type',
        'access-control-max-age': '3600',
      });
      response.end();
      return Promise.resolve();
    }
    if (request.method !== 'POST') return Promise.resolve(notFound(response));
    return invokeHttpApiHandler(bridge.logout, request, response, {
      routeKey: `POST ${BRIDGE_LOGOUT_PATH}`,
    });
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const requested = requestUrl(request, url);
    const path = requested.pathname;
    // Public metadata, read by browsers (oidc-client-ts) from the web origin: Cognito serves it to any origin.
    if (path === '/.well-known/openid-configuration')
      return sendJson(response, 200, cognitoDiscovery(url), { 'access-control-allow-origin': '*' });
    if (path === '/oauth2/userInfo') return userInfo(request, response);
    if (path === '/logout') return logout(response, requested);
    if (path === BRIDGE_LOGOUT_PATH) return bridgeLogout(request, response);
    if (path === '/oauth2/idpresponse') return backToInteraction(response, requested.searchParams);
    const bridgeStep = bridgeRoutes.exec(path)?.[1] as 'authorize' | 'token' | 'userinfo' | undefined;
    if (bridgeStep) {
      return invokeHttpApiHandler(bridge[bridgeStep], request, response, {
        routeKey: `${request.method} ${path}`,
      });
    }
    const [, uid, action = ''] = interactionRoutes.exec(path) ?? [];
    if (!uid) return providerCallback(request, response);
    const served = await interaction(request, response, requested, uid, action);
    if (!served) notFound(response);
  }

  server.on('request', withErrorPage(handle, 'Erreur de connexion'));

  return {
    url,
    jwksUrl: `${url}/.well-known/jwks.json`,
    webClientId: WEB_CLIENT_ID,
    mobileClientId: MOBILE_CLIENT_ID,
    registryClient: registry,
    bridgeLogoutUrl: `${url}${BRIDGE_LOGOUT_PATH}`,
    franceConnectClient: {
      clientId: options.franceConnect.clientId,
      clientSecret: options.franceConnect.clientSecret,
      redirectUris: [`${url}/oauth2/idpresponse`],
      postLogoutRedirectUris: franceConnectLogoutUris,
    },
    close: () => closeServer(server),
  };
}
