// The user pool's app clients: the public web and mobile clients (code + PKCE, no secret) and the
// licence registry's confidential client (client credentials), whose secret is generated once and kept.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { ClientMetadata } from 'oidc-provider';
import { readJsonFile, readOrCreateJsonFile } from '../json-file.ts';

export const WEB_CLIENT_ID = 'permis-points-web';
export const MOBILE_CLIENT_ID = 'permis-points-mobile';
// RFC 8252: a native app gets the code back on a private-use URI scheme in reverse-DNS form.
export const MOBILE_REDIRECT_URI = 'fr.permispoints.app:/oauth2redirect';
export const MOBILE_LOGOUT_URI = 'fr.permispoints.app:/signout';
export const REGISTRY_CLIENT_ID = 'registry-local';
export const REGISTRY_SCOPE = 'registry/write';
/** The scope of the clients motorists sign in with, web and mobile alike. */
export const MOTORIST_SCOPE = 'openid email profile';
export const MOTORIST_CLIENT_IDS = [WEB_CLIENT_ID, MOBILE_CLIENT_ID];

export interface RegistryClient {
  clientId: string;
  clientSecret: string;
}

/** Where a client may send the browser back after sign-in and after logout. */
export interface ReturnUris {
  redirectUris: string[];
  logoutUris: string[];
}

const clientsFile = (dataDir: string) => join(dataDir, 'identity', 'clients.json');

export async function loadRegistryClient(dataDir: string): Promise<RegistryClient> {
  return readOrCreateJsonFile(clientsFile(dataDir), () => ({
    clientId: REGISTRY_CLIENT_ID,
    clientSecret: randomBytes(32).toString('base64url'),
  }));
}

/** The registry client kept by a user pool that ran with `dataDir` (for scripts such as `local:token`). */
export async function readRegistryClient(dataDir: string): Promise<RegistryClient> {
  const client = await readJsonFile<RegistryClient>(clientsFile(dataDir));
  if (!client)
    throw new Error(
      `No registry client under ${dataDir}: has the local user pool run with this data folder?`,
    );
  return client;
}

/** The mobile app's return URIs: fixed, as the app is built with them. */
const mobileReturnUris: ReturnUris = {
  redirectUris: [MOBILE_REDIRECT_URI],
  logoutUris: [MOBILE_LOGOUT_URI],
};

// oidc-provider refuses a custom-scheme redirect URI on a `web` client: the mobile app is `native`.
const motoristClient = (
  clientId: string,
  applicationType: 'web' | 'native',
  { redirectUris, logoutUris }: ReturnUris,
): ClientMetadata => ({
  client_id: clientId,
  application_type: applicationType,
  token_endpoint_auth_method: 'none',
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  redirect_uris: redirectUris,
  post_logout_redirect_uris: logoutUris,
  scope: MOTORIST_SCOPE,
  // Cognito's ID tokens always carry `auth_time`.
  require_auth_time: true,
});

export function clientMetadata(registry: RegistryClient, web: ReturnUris): ClientMetadata[] {
  return [
    motoristClient(WEB_CLIENT_ID, 'web', web),
    motoristClient(MOBILE_CLIENT_ID, 'native', mobileReturnUris),
    {
      client_id: registry.clientId,
      client_secret: registry.clientSecret,
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
  ];
}
