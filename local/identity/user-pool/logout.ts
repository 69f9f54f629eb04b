// Cognito's /logout (`?client_id&logout_uri`), locally, chained with FranceConnect's logout for
// users who signed in through it: pool /logout → FranceConnect session/end → /fc/logged-out →
// oidc-provider's end_session → the app's logout URI, among those its client registered.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import type { makeFranceConnectLogout } from '../../../functions/franceconnect-bridge/index.ts';
import { errorPage } from '../html.ts';
import { redirect, sendHtml } from '../http.ts';
import { usernameOf, type AccountStore } from './accounts.ts';
import { pendingStates } from './pending.ts';
import { END_SESSION_PATH } from './provider-configuration.ts';

export const FRANCECONNECT_LOGGED_OUT_PATH = '/fc/logged-out';

/** Cognito's /logout parameters, kept while FranceConnect logs the user out. */
interface LogoutRequest {
  clientId: string;
  logoutUri: string;
}

export function makeLogoutRoutes({
  provider,
  poolUrl,
  accounts,
  franceConnectLogout,
}: {
  provider: Provider;
  poolUrl: string;
  accounts: AccountStore;
  franceConnectLogout: ReturnType<typeof makeFranceConnectLogout>;
}) {
  const pending = pendingStates<LogoutRequest>(10 * 60_000);

  const endSession = ({ clientId, logoutUri }: LogoutRequest) =>
    `${poolUrl}${END_SESSION_PATH}?${new URLSearchParams({ client_id: clientId, post_logout_redirect_uri: logoutUri })}`;

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
    const requested = {
      clientId: url.searchParams.get('client_id') ?? '',
      logoutUri: url.searchParams.get('logout_uri') ?? '',
    };
    const client = requested.clientId ? await provider.Client.find(requested.clientId) : undefined;
    if (!client) return refuse(response, 'unknown client_id');
    if (!client.postLogoutRedirectUriAllowed(requested.logoutUri))
      return refuse(response, 'logout_uri is not registered for this client');
    const username = await signedInUsername(request, response);
    const franceConnect =
      username && (await franceConnectLogout({ username, state: pending.add(requested) }));
    redirect(response, franceConnect || endSession(requested));
  }

  function afterFranceConnect(response: ServerResponse, url: URL) {
    const requested = pending.take(url.searchParams.get('state') ?? '');
    if (!requested) return refuse(response, 'unknown or expired logout state');
    redirect(response, endSession(requested));
  }

  return { logout, afterFranceConnect };
}
