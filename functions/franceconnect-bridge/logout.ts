// FranceConnect requires its own logout, with the id token it issued, when the user signs out, and
// Cognito's /logout does not chain it: the app asks the bridge for FranceConnect's logout address,
// sends the browser there, then to the pool's /logout.
import { randomBytes } from 'node:crypto';
import { franceConnectEndpoints, type FranceConnectConfig } from './config.ts';
import type { FranceConnectSessionStore } from './session-store.ts';

/** Cognito's username prefix for users who signed in through the identity provider named FranceConnect. */
export const FRANCECONNECT_USERNAME_PREFIX = 'FranceConnect_';

/** FranceConnect's logout for one user: where to send the browser, and the state it will come back with. */
export interface FranceConnectEndSession {
  url: string;
  state: string;
}

interface Dependencies {
  franceConnect: FranceConnectConfig;
  sessions: FranceConnectSessionStore;
}

/**
 * FranceConnect's logout for the user pool user `username` (taken from their verified access token,
 * so it ends no one else's session), or `undefined` when the user did not sign in through
 * FranceConnect or no id token is kept for them: there is nothing to log out from.
 */
export function makeFranceConnectLogout({ franceConnect, sessions }: Dependencies) {
  return async function franceConnectLogout({
    username,
    postLogoutRedirectUri,
  }: {
    username: string;
    postLogoutRedirectUri: string;
  }): Promise<FranceConnectEndSession | undefined> {
    if (!username.startsWith(FRANCECONNECT_USERNAME_PREFIX)) return undefined;
    const idToken = await sessions.get(username.slice(FRANCECONNECT_USERNAME_PREFIX.length));
    if (!idToken) return undefined;
    const state = randomBytes(32).toString('base64url');
    const url = new URL(franceConnectEndpoints(franceConnect.issuer).endSession);
    url.searchParams.set('id_token_hint', idToken);
    url.searchParams.set('post_logout_redirect_uri', postLogoutRedirectUri);
    url.searchParams.set('state', state);
    return { url: url.href, state };
  };
}
