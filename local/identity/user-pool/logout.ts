// Cognito's /logout (`?client_id&logout_uri`), locally, chained with FranceConnect's logout for
// users who signed in through it: pool /logout → FranceConnect session/end → /fc/logged-out →
// oidc-provider's end_session → the app's logout URI.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { makeFranceConnectLogout } from '../../../functions/franceconnect-bridge/index.ts';
import { errorPage } from '../html.ts';
import { redirect, sendHtml } from '../http.ts';
import { usernameOf, type AccountStore } from './accounts.ts';
import { WEB_CLIENT_ID } from './clients.ts';
import { pendingStates } from './pending.ts';
import { END_SESSION_PATH } from './provider-configuration.ts';

export const FRANCECONNECT_LOGGED_OUT_PATH = '/fc/logged-out';

export function makeLogoutRoutes({
  provider,
  poolUrl,
  accounts,
  logoutUris,
  franceConnectLogout,
}: {
  provider: Provider;
  poolUrl: string;
  accounts: AccountStore;
  logoutUris: string[];
  franceConnectLogout: ReturnType<typeof makeFranceConnectLogout>;
}) {
  const pending = pendingStates<string>(10 * 60_000);

  const endSession = (logoutUri: string) =>
    `${poolUrl}${END_SESSION_PATH}?${new URLSearchParams({ client_id: WEB_CLIENT_ID, post_logout_redirect_uri: logoutUri })}`;

  const refuse = (response: ServerResponse, description: string) =>
    sendHtml(
      response,
      400,
      errorPage('fr', 'Déconnexion impossible', { error: 'invalid_request', error_description: description }),
    );

  async function signedInUsername(request: IncomingMessage, response: ServerResponse) {
    const session = await provider.Session.get(provider.createContext(request, response));
    const account = session.accountId ? accounts.findBySub(session.accountId) : undefined;
    return account && usernameOf(account);
  }

  async function logout(request: IncomingMessage, response: ServerResponse, url: URL) {
    const logoutUri = url.searchParams.get('logout_uri') ?? '';
    if (url.searchParams.get('client_id') !== WEB_CLIENT_ID) return refuse(response, 'unknown client_id');
    if (!logoutUris.includes(logoutUri))
      return refuse(response, 'logout_uri is not registered for this client');
    const username = await signedInUsername(request, response);
    const franceConnect =
      username && (await franceConnectLogout({ username, state: pending.add(logoutUri) }));
    redirect(response, franceConnect || endSession(logoutUri));
  }

  function afterFranceConnect(response: ServerResponse, url: URL) {
    const logoutUri = pending.take(url.searchParams.get('state') ?? '');
    if (!logoutUri) return refuse(response, 'unknown or expired logout state');
    redirect(response, endSession(logoutUri));
  }

  return { logout, afterFranceConnect };
}
