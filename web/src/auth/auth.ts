// Sign-in and sign-out with the user pool: authorization code + PKCE through oidc-client-ts, for
// both paths (FranceConnect goes straight to it with Cognito's `identity_provider`), silent renewal
// with the refresh token, and the pool's logout, which ends the FranceConnect session too.
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { WebConfig } from '../config.ts';

/** The name of the FranceConnect identity provider in the user pool (Cognito and its local stand-in). */
export const FRANCECONNECT_PROVIDER = 'FranceConnect';

export type SignInPath = 'franceconnect' | 'email';

export interface Auth {
  manager: UserManager;
  signIn(path: SignInPath, language: string): Promise<void>;
  /** Completes the redirect back from the pool; answers where the user was going. */
  completeSignIn(): Promise<string>;
  signOut(): Promise<void>;
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
    async signOut() {
      await manager.removeUser();
      const logout = new URL(config.logoutUrl);
      logout.searchParams.set('client_id', config.clientId);
      logout.searchParams.set('logout_uri', config.postLogoutRedirectUri);
      window.location.assign(logout.href);
    },
  };
}
