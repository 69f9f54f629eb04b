// The local FranceConnect v2: an OpenID provider configured like FranceConnect (eidas1, a nonce of 22
// characters or more and `prompt=login consent` required, pairwise subjects, client_secret_post at the
// token endpoint, signed ID tokens and userinfo, the identity-pivot claims) whose users are the demo identities.
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { join } from 'node:path';
import Provider, { errors, type AccountClaims, type AdapterPayload, type Configuration } from 'oidc-provider';
import { autoSubmittedLogoutPage, errorPage, htmlPage } from '../html.ts';
import { closeServer, listen, readForm, redirect, requestUrl, sendHtml, withErrorPage } from '../http.ts';
import { memoryAdapter } from '../memory-adapter.ts';
import { loadProviderSecrets, type SigningAlgorithm } from '../provider-secrets.ts';
import {
  demoIdentities,
  findDemoIdentity,
  franceConnectSubject,
  type DemoIdentity,
} from './demo-identities.ts';
import { pickerPage } from './picker-page.ts';

/** A service registered with FranceConnect (in our case, the user pool). */
export interface FranceConnectClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  /** How id tokens and userinfo answers are signed for this client; RS256 unless told. */
  signingAlg?: SigningAlgorithm;
}

export interface FranceConnectOptions {
  /** 3002 unless told; 0 picks a free port. */
  port?: number;
  /** Keys are kept under `<dataDir>/identity/`. */
  dataDir: string;
  clients?: FranceConnectClient[];
}

export interface FranceConnectStandIn {
  url: string;
  /** `<url>/api/v2`, as FranceConnect v2's issuer. */
  issuer: string;
  /** Registers (or replaces) a client; useful when its URLs are known only after FranceConnect started. */
  registerClient(client: FranceConnectClient): void;
  /**
   * Whether a browser sending `cookies` (a Cookie header) has a FranceConnect session: what FranceConnect
   * itself knows and tells no one. For tests that a logout really ended it.
   */
  signedIn(cookies: string): Promise<boolean>;
  close(): Promise<void>;
}

const ISSUER_PATH = '/api/v2';

const identityClaims = [
  'given_name',
  'family_name',
  'birthdate',
  'birthplace',
  'birthcountry',
  'gender',
  'preferred_username',
];

function clientMetadata(client: FranceConnectClient): AdapterPayload {
  const alg = client.signingAlg ?? 'RS256';
  return {
    client_id: client.clientId,
    client_secret: client.clientSecret,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris,
    token_endpoint_auth_method: 'client_secret_post',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    id_token_signed_response_alg: alg,
    userinfo_signed_response_alg: alg,
    subject_type: 'pairwise',
  };
}

function claimsOf({ key: _key, sub, ...claims }: DemoIdentity): AccountClaims {
  return { sub, ...claims };
}

/** FranceConnect v2 wants a nonce of 22 characters or more (its partners' documentation, authorize endpoint). */
export const MIN_NONCE_LENGTH = 22;

// FranceConnect refuses an authorization request without these, which the library alone would accept.
function requireParameter(name: string, accepts: (value: string) => boolean = () => true) {
  return (_ctx: unknown, value: string | undefined) => {
    if (!value || !accepts(value)) throw new errors.InvalidRequest(`${name} is missing or not accepted`);
  };
}

function configuration(
  secrets: Awaited<ReturnType<typeof loadProviderSecrets>>,
  findClient: (clientId: string) => AdapterPayload | undefined,
): Configuration {
  return {
    adapter: memoryAdapter(findClient),
    jwks: { keys: secrets.signingKeys },
    // Browsers share cookies between ports of one host: the user pool uses the default names.
    cookies: {
      keys: secrets.cookieKeys,
      names: { session: 'fc_session', interaction: 'fc_interaction', resume: 'fc_interaction_resume' },
    },
    acrValues: ['eidas1'],
    scopes: ['openid', 'email', 'identite_pivot', ...identityClaims],
    claims: {
      acr: null,
      auth_time: null,
      sid: null,
      iss: null,
      openid: ['sub'],
      email: ['email'],
      identite_pivot: identityClaims,
      ...Object.fromEntries(identityClaims.map((claim) => [claim, [claim]])),
    },
    extraParams: {
      acr_values: requireParameter('acr_values', (value) => value.split(' ').includes('eidas1')),
      nonce: requireParameter('nonce', (value) => value.length >= MIN_NONCE_LENGTH),
      state: requireParameter('state'),
      // FranceConnect v2 authenticates the user at every request and asks for consent: `prompt=login consent`.
      prompt: requireParameter('prompt', (value) =>
        ['login', 'consent'].every((prompt) => value.split(' ').includes(prompt)),
      ),
    },
    subjectTypes: ['pairwise'],
    pairwiseIdentifier: (_ctx, accountId, client) => franceConnectSubject(accountId, client.clientId),
    // As FranceConnect's token endpoint: the client's id and secret in the form body.
    clientAuthMethods: ['client_secret_post'],
    responseTypes: ['code'],
    findAccount(_ctx, sub) {
      const identity = demoIdentities.find((candidate) => candidate.sub === sub);
      return identity && { accountId: sub, claims: () => claimsOf(identity) };
    },
    features: {
      devInteractions: { enabled: false },
      jwtUserinfo: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          ctx.body = autoSubmittedLogoutPage(form, {
            lang: 'fr',
            title: 'Déconnexion de FranceConnect',
            button: 'Se déconnecter',
          });
        },
        postLogoutSuccessSource(ctx) {
          ctx.body = htmlPage({
            lang: 'fr',
            title: 'Déconnecté',
            body: '<h1>Vous êtes déconnecté de FranceConnect.</h1>',
          });
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    routes: {
      authorization: '/authorize',
      token: '/token',
      userinfo: '/userinfo',
      end_session: '/session/end',
      jwks: '/jwks',
    },
    // FranceConnect's access tokens live 60 seconds.
    ttl: {
      AccessToken: 60,
      AuthorizationCode: 60,
      IdToken: 60,
      Interaction: 600,
      Session: 1800,
      Grant: 1800,
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = errorPage('fr', 'FranceConnect : erreur', out);
    },
  };
}

export async function startFranceConnect(options: FranceConnectOptions): Promise<FranceConnectStandIn> {
  const secrets = await loadProviderSecrets(join(options.dataDir, 'identity', 'fc-keys.json'), [
    'ES256',
    'RS256',
  ]);
  const clients = new Map<string, AdapterPayload>();
  const registerClient = (client: FranceConnectClient) =>
    void clients.set(client.clientId, clientMetadata(client));
  options.clients?.forEach(registerClient);

  const server = createServer();
  const port = await listen(server, options.port ?? 3002);
  const url = `http://localhost:${port}`;
  const issuer = `${url}${ISSUER_PATH}`;
  const provider = new Provider(
    issuer,
    configuration(secrets, (clientId) => clients.get(clientId)),
  );
  const providerCallback = provider.callback();

  async function interaction(
    request: IncomingMessage,
    response: ServerResponse,
    uid: string,
    action: string | undefined,
  ) {
    const details = await provider.interactionDetails(request, response);
    if (details.uid !== uid) throw new errors.SessionNotFound('interaction mismatch');
    if (action === '/abort') {
      const result = { error: 'access_denied', error_description: 'The user cancelled the sign-in.' };
      return redirect(response, await provider.interactionResult(request, response, result));
    }
    const form = action === '/login' ? await readForm(request) : undefined;
    const identity = form && findDemoIdentity(form.get('identity') ?? '');
    const accountId =
      identity?.sub ?? (details.prompt.name === 'consent' ? details.session?.accountId : undefined);
    if (!accountId) return sendHtml(response, form ? 400 : 200, pickerPage(uid, demoIdentities));
    // FranceConnect asks no consent of its own: the grant comes with the login.
    const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const result = { login: { accountId, acr: 'eidas1' }, consent: { grantId: await grant.save() } };
    const returnTo = await provider.interactionResult(request, response, result, {
      mergeWithLastSubmission: false,
    });
    redirect(response, returnTo);
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const { pathname } = requestUrl(request, url);
    const interactionPath = /^\/interaction\/([\w-]+)(\/login|\/abort)?$/.exec(pathname);
    if (interactionPath) return interaction(request, response, interactionPath[1] ?? '', interactionPath[2]);
    if (pathname.startsWith(`${ISSUER_PATH}/`)) {
      // oidc-provider builds URLs with the issuer's path but does not strip it from requests (as Express mounting does).
      Object.assign(request, { originalUrl: request.url });
      request.url = (request.url ?? '').slice(ISSUER_PATH.length);
      return providerCallback(request, response);
    }
    sendHtml(response, 404, errorPage('fr', 'Page introuvable', { error: 'not_found' }));
  }

  server.on('request', withErrorPage(handle, 'FranceConnect : erreur'));

  async function signedIn(cookies: string) {
    const request = Object.assign(new IncomingMessage(new Socket()), {
      method: 'GET',
      url: '/',
      headers: { cookie: cookies, host: new URL(url).host },
    });
    const session = await provider.Session.get(provider.createContext(request, new ServerResponse(request)));
    return Boolean(session.accountId);
  }

  return { url, issuer, registerClient, signedIn, close: () => closeServer(server) };
}
