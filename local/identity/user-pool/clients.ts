// The user pool's app clients: the public web/mobile client (code + PKCE) and the licence
// registry's confidential client (client credentials), whose secret is generated once and kept.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { ClientMetadata } from 'oidc-provider';
import { readJsonFile, readOrCreateJsonFile } from '../json-file.ts';

export const WEB_CLIENT_ID = 'permis-points-web';
export const REGISTRY_CLIENT_ID = 'registry-local';
export const REGISTRY_SCOPE = 'registry/write';
export const WEB_SCOPE = 'openid email profile';

export interface RegistryClient {
  clientId: string;
  clientSecret: string;
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

export function clientMetadata(
  registry: RegistryClient,
  { redirectUris, logoutUris }: { redirectUris: string[]; logoutUris: string[] },
): ClientMetadata[] {
  return [
    {
      client_id: WEB_CLIENT_ID,
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: redirectUris,
      post_logout_redirect_uris: logoutUris,
      scope: WEB_SCOPE,
    },
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
