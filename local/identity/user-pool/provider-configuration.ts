// How oidc-provider is set up to play Cognito: Cognito's paths, JWT access and ID tokens with Cognito's
// header and claims, the CDK app clients' lifetimes and refresh behaviour, Cognito's scope rules for
// client credentials, no consent page for the pool's own clients.
import { createHash, randomUUID } from 'node:crypto';
import { errors, interactionPolicy, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import {
  ACCESS_TOKEN_VALIDITY_SECONDS,
  ID_TOKEN_VALIDITY_SECONDS,
  REFRESH_TOKEN_ROTATION,
  REFRESH_TOKEN_VALIDITY_DAYS,
} from '../../../functions/http/index.ts';
import { autoSubmittedLogoutPage, errorPage, htmlPage } from '../html.ts';
import { memoryAdapter } from '../memory-adapter.ts';
import type { ProviderSecrets } from '../provider-secrets.ts';
import { usernameOf, type Account, type AccountStore } from './accounts.ts';
import { MOTORIST_CLIENT_IDS, MOTORIST_SCOPE, REGISTRY_SCOPE, type RegistryClient } from './clients.ts';
import { logoutTexts } from './pages.ts';

/** The resource indicator of the API; Cognito has none, but oidc-provider's JWT access tokens need one (as `aud`). */
export const API_RESOURCE = 'urn:permis-points:api';

/**
 * oidc-provider's own end of session, which /logout chains to. Cognito has no such endpoint, so the pool's
 * discovery document does not advertise it (discovery.ts); only /logout leads here.
 */
export const END_SESSION_PATH = '/oauth2/internal/session-end';

/** A UUID-shaped identifier derived from `parts`: Cognito's `origin_jti` and `event_id` are UUIDs. */
function uuidOf(...parts: (string | number | undefined)[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface SignIn {
  grantId?: string;
  sessionUid?: string;
  authTime?: number;
}

/**
 * Cognito's `origin_jti` (the refresh token a token descends from, the same after every refresh) and
 * `event_id` (the sign-in event): both derived from the grant and the sign-in the code or refresh token records.
 */
const originJtiOf = ({ grantId, authTime }: SignIn) => uuidOf('origin', grantId, authTime);
const eventIdOf = ({ sessionUid, authTime }: SignIn) => uuidOf('event', sessionUid, authTime);

/** The code or refresh token a token endpoint call is redeeming. */
const signInOf = (ctx: KoaContextWithOIDC): SignIn | undefined =>
  ctx.oidc.entities.AuthorizationCode ?? ctx.oidc.entities.RefreshToken;

/** Cognito's `identities` claim of a federated user. */
function identitiesOf(account: Account) {
  const { federation } = account;
  return (
    federation && [
      {
        userId: federation.userId,
        providerName: federation.providerName,
        providerType: 'OIDC',
        issuer: null,
        primary: 'true',
        dateCreated: String(Date.parse(account.createdAt)),
      },
    ]
  );
}

const epochSeconds = () => Math.floor(Date.now() / 1000);

const isWebUri = (uri: string) => ['http:', 'https:'].includes(new URL(uri).protocol);

// Cognito grants every allowed scope when none is asked, and refuses an unknown one; oidc-provider
// would issue a token without scope in both cases.
function applyCognitoScopeRules(ctx: KoaContextWithOIDC, allowed: string) {
  const params = ctx.oidc.params ?? {};
  const requested = (typeof params.scope === 'string' ? params.scope : '').split(' ').filter(Boolean);
  if (requested.length === 0) {
    params.scope = allowed;
    return;
  }
  const unknown = requested.filter((scope) => !allowed.split(' ').includes(scope));
  if (unknown.length > 0) throw new errors.InvalidScope('requested scope is not allowed', unknown.join(' '));
}

// oidc-provider asks a native client's user to consent at every authorization, even signed in;
// Cognito asks nothing of the pool's own clients, so the mobile app signs in as the web app does.
function promptsOfCognito() {
  const policy = interactionPolicy.base();
  policy.get('consent')?.checks.remove('native_client_prompt');
  return policy;
}

export function userPoolConfiguration({
  secrets,
  clients,
  registry,
  accounts,
}: {
  secrets: ProviderSecrets;
  clients: Configuration['clients'];
  registry: RegistryClient;
  accounts: AccountStore;
}): Configuration {
  const scopesByClient: Record<string, string> = {
    ...Object.fromEntries(MOTORIST_CLIENT_IDS.map((clientId) => [clientId, MOTORIST_SCOPE])),
    [registry.clientId]: REGISTRY_SCOPE,
  };

  return {
    adapter: memoryAdapter(),
    clients,
    jwks: { keys: secrets.signingKeys },
    cookies: { keys: secrets.cookieKeys },
    scopes: ['openid', 'email', 'profile'],
    claims: {
      acr: null,
      auth_time: null,
      sid: null,
      iss: null,
      // Cognito's ID-token claims (`auth_time` is added for every client: `require_auth_time`, clients.ts).
      openid: ['sub', 'cognito:username', 'identities', 'token_use', 'jti', 'origin_jti', 'event_id'],
      email: ['email', 'email_verified'],
      profile: [
        'given_name',
        'family_name',
        'birthdate',
        'gender',
        'custom:birthplace',
        'custom:birthcountry',
      ],
    },
    // ID tokens carry the profile, as Cognito's do.
    conformIdTokenClaims: false,
    extraParams: ['identity_provider'],
    responseTypes: ['code'],
    pkce: { required: () => true },
    findAccount(ctx, sub) {
      const account = accounts.findBySub(sub);
      const signIn = signInOf(ctx);
      return (
        account && {
          accountId: sub,
          claims: (use) => ({
            sub,
            'cognito:username': usernameOf(account),
            identities: identitiesOf(account),
            email: account.email,
            email_verified: account.emailVerified,
            ...account.attributes,
            ...(use === 'id_token' && {
              token_use: 'id',
              jti: randomUUID(),
              ...(signIn && { origin_jti: originJtiOf(signIn), event_id: eventIdOf(signIn) }),
            }),
          }),
        }
      );
    },
    extraTokenClaims(ctx, token) {
      const signIn = signInOf(ctx);
      const common = { token_use: 'access', version: 2, auth_time: signIn?.authTime ?? epochSeconds() };
      if (token.kind === 'ClientCredentials') return common;
      const account = accounts.findBySub(String(token.accountId));
      // No `identities`: Cognito puts it in ID tokens only.
      return {
        ...common,
        username: account ? usernameOf(account) : token.accountId,
        ...(signIn && { origin_jti: originJtiOf(signIn), event_id: eventIdOf(signIn) }),
      };
    },
    formats: {
      customizers: {
        // Cognito's access tokens have the header `{ kid, alg }`: no `typ: at+jwt` (RFC 9068).
        // The library spreads this header over its own `typ`: an undefined value drops it from the JSON.
        jwt(_ctx, _token, jwt) {
          jwt.header = { ...jwt.header, typ: undefined };
        },
      },
    },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // As the CDK app clients: no refresh-token rotation (token-policy.ts).
    rotateRefreshToken: () => REFRESH_TOKEN_ROTATION,
    // The pool's own app clients are first-party: Cognito shows no consent page.
    async loadExistingGrant(ctx) {
      const { client, session, result } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grantId =
        (result?.consent as { grantId?: string } | undefined)?.grantId ?? session.grantIdFor(client.clientId);
      const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
      if (existing) return existing;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(MOTORIST_SCOPE);
      grant.addResourceScope(API_RESOURCE, MOTORIST_SCOPE);
      await grant.save();
      return grant;
    },
    // A custom-scheme redirect URI has the opaque origin "null", which any sandboxed page sends.
    clientBasedCORS: (_ctx, origin, client) =>
      client.redirectUris?.some((uri) => isWebUri(uri) && new URL(uri).origin === origin) ?? false,
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // Cognito clients never send `resource`: without these two, tokens would silently be opaque.
        defaultResource: () => API_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo(ctx, resource, client) {
          const allowed = scopesByClient[client.clientId];
          if (resource !== API_RESOURCE || !allowed) throw new errors.InvalidTarget();
          if (ctx.oidc.route === 'token' && ctx.oidc.params?.grant_type === 'client_credentials') {
            applyCognitoScopeRules(ctx, allowed);
          }
          return {
            scope: allowed,
            accessTokenFormat: 'jwt',
            accessTokenTTL: ACCESS_TOKEN_VALIDITY_SECONDS,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          ctx.body = autoSubmittedLogoutPage(form, { lang: 'fr', ...logoutTexts.fr });
        },
        postLogoutSuccessSource(ctx) {
          ctx.body = htmlPage({
            lang: 'fr',
            title: logoutTexts.fr.done,
            body: `<h1>${logoutTexts.fr.done}</h1>`,
          });
        },
      },
    },
    interactions: {
      policy: promptsOfCognito(),
      url: (_ctx, interaction) => `/interaction/${interaction.uid}`,
    },
    routes: {
      authorization: '/oauth2/authorize',
      token: '/oauth2/token',
      revocation: '/oauth2/revoke',
      jwks: '/.well-known/jwks.json',
      // Served by the hand-written Cognito-shaped endpoint in front of the provider.
      userinfo: '/oauth2/userInfo',
      end_session: END_SESSION_PATH,
    },
    // The CDK app clients' lifetimes (token-policy.ts); the rest are Cognito's defaults.
    ttl: {
      AccessToken: ACCESS_TOKEN_VALIDITY_SECONDS,
      ClientCredentials: ACCESS_TOKEN_VALIDITY_SECONDS,
      IdToken: ID_TOKEN_VALIDITY_SECONDS,
      RefreshToken: REFRESH_TOKEN_VALIDITY_DAYS * 24 * 3600,
      AuthorizationCode: 300,
      Interaction: 3600,
      Session: 3600,
      Grant: 30 * 24 * 3600,
    },
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = errorPage('fr', 'Erreur de connexion', out);
    },
  };
}
