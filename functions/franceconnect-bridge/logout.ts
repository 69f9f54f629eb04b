// FranceConnect requires its own logout, with the id token it issued, when the user signs out.
import { franceConnectEndpoints, type FranceConnectConfig } from './config.ts';
import type { FranceConnectSessionStore } from './session-store.ts';

/** Cognito's username prefix for users who signed in through the identity provider named FranceConnect. */
export const FRANCECONNECT_USERNAME_PREFIX = 'FranceConnect_';

interface Dependencies {
  franceConnect: FranceConnectConfig;
  sessions: FranceConnectSessionStore;
  postLogoutRedirectUri: string;
}

/**
 * FranceConnect's logout URL for the user pool user `username`, or `undefined` when the user did not
 * sign in through FranceConnect or no id token is kept for them (nothing to log out from).
 */
export function makeFranceConnectLogout({ franceConnect, sessions, postLogoutRedirectUri }: Dependencies) {
  return async function franceConnectLogout({ username, state }: { username: string; state: string }) {
    if (!username.startsWith(FRANCECONNECT_USERNAME_PREFIX)) return undefined;
    const idToken = await sessions.get(username.slice(FRANCECONNECT_USERNAME_PREFIX.length));
    if (!idToken) return undefined;
    const url = new URL(franceConnectEndpoints(franceConnect.issuer).endSession);
    url.searchParams.set('id_token_hint', idToken);
    url.searchParams.set('post_logout_redirect_uri', postLogoutRedirectUri);
    url.searchParams.set('state', state);
    return url.href;
  };
}
