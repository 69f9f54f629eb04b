// Sign-in and sign-out with the user pool: authorization code + PKCE through oidc-client-ts, for
// both paths (FranceConnect goes straight to it with Cognito's `identity_provider`), silent renewal
// with the refresh token. Sign-out of a FranceConnect user first ends FranceConnect's session (the
// bridge gives its address; Cognito's /logout does not chain it), then the pool's.
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { WebConfig } from '../config.ts';

/** The name of the FranceConnect identity provider in the user pool (Cognito and its local stand-in). */
export const FRANCECONNECT_PROVIDER = 'FranceConnect';

/** The state of the FranceConnect logout under way, checked when FranceConnect sends the browser back. */
const LOGOUT_STATE_KEY = 'permis-points:franceconnect-logout-state';

export type SignInPath = 'franceconnect' | 'email';

export interface Auth {
  manager: UserManager;
  signIn(path: SignInPath, language: string): Promise<void>;
  /** Completes the redirect back from the pool; answers where the user was going. */
  completeSignIn(): Promise<string>;
  /**
   * Signs out of FranceConnect too for a FranceConnect user (throws, still signed in, when FranceConnect's
   * logout cannot be had), unless `thisServiceOnly`.
   */
  signOut(options?: { thisServiceOnly?: boolean }): Promise<void>;
  /**
   * Back from FranceConnect's logout with `state`: goes on to the pool's logout when it is the state
   * of the logout this tab started, else answers false and goes nowhere.
   */
  completeFranceConnectLogout(state: string | null): boolean;
  /** The pool's logout alone, back to the home page. */
  endPoolSession(): void;
}

/** Cognito's ID tokens name the identity provider of a federated user in `identities`. */
function signedInWithFranceConnect(user: User): boolean {
  const identities = user.profile.identities;
  return (
    Array.isArray(identities) &&
    identities.some(
      (identity) =>
        typeof identity === 'object' &&
        identity !== null &&
        (identity as { providerName?: unknown }).providerName === FRANCECONNECT_PROVIDER,
    )
  );
}

export function makeAuth(config: WebConfig): Auth {
  const manager = new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    post_logout_redirect_uri: config.postLogoutRedirectUri,
    response_type: 'code',
    scope: 'openid email profile',
    automaticSilentRenew: true,
    // Session storage: a closed tab forgets the tokens.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });

  const endPoolSession = () => {
    const logout = new URL(config.logoutUrl);
    logout.searchParams.set('client_id', config.clientId);
    logout.searchParams.set('logout_uri', config.postLogoutRedirectUri);
    window.location.assign(logout.href);
  };

  /** FranceConnect's logout for this user, from the bridge; undefined when there is none to end. */
  async function franceConnectEndSession(user: User) {
    const response = await fetch(config.franceConnectLogoutUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${user.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ postLogoutRedirectUri: config.franceConnectPostLogoutRedirectUri }),
    });
    if (response.status === 204) return undefined;
    if (!response.ok) throw new Error(`the FranceConnect logout answered ${response.status}`);
    return (await response.json()) as { url: string; state: string };
  }

  return {
    manager,
    signIn: (path, language) =>
      manager.signinRedirect({
        ui_locales: language,
        ...(path === 'franceconnect'
          ? { extraQueryParams: { identity_provider: FRANCECONNECT_PROVIDER } }
          : {}),
      }),
    async completeSignIn() {
      const user: User = await manager.signinRedirectCallback();
      return typeof user.state === 'string' ? user.state : '/';
    },
    async signOut({ thisServiceOnly = false } = {}) {
      const user = await manager.getUser();
      // Asked before the tokens go: the bridge needs the access token to know whose session it is.
      const endSession =
        user && !thisServiceOnly && signedInWithFranceConnect(user)
          ? await franceConnectEndSession(user)
          : undefined;
      await manager.removeUser();
      if (!endSession) return endPoolSession();
      window.sessionStorage.setItem(LOGOUT_STATE_KEY, endSession.state);
      window.location.assign(endSession.url);
    },
    completeFranceConnectLogout(state) {
      const expected = window.sessionStorage.getItem(LOGOUT_STATE_KEY);
      window.sessionStorage.removeItem(LOGOUT_STATE_KEY);
      if (!expected || state !== expected) return false;
      endPoolSession();
      return true;
    },
    endPoolSession,
  };
}
