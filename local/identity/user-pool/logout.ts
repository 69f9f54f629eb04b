// Cognito's /logout (`?client_id&logout_uri`), locally: ends the pool's own session and goes back to
// the app's logout URI, among those its client registered. Like Cognito, it does not end the session
// of the identity provider the user came from: the apps ask the bridge for FranceConnect's logout.
import type { ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';
import { errorPage } from '../html.ts';
import { redirect, sendHtml } from '../http.ts';
import { END_SESSION_PATH } from './provider-configuration.ts';

export function makeLogout({ provider, poolUrl }: { provider: Provider; poolUrl: string }) {
  const refuse = (response: ServerResponse, description: string) =>
    sendHtml(
      response,
      400,
      errorPage('fr', 'Déconnexion impossible', { error: 'invalid_request', error_description: description }),
    );

  return async function logout(response: ServerResponse, url: URL) {
    const clientId = url.searchParams.get('client_id') ?? '';
    const logoutUri = url.searchParams.get('logout_uri') ?? '';
    const client = clientId ? await provider.Client.find(clientId) : undefined;
    if (!client) return refuse(response, 'unknown client_id');
    if (!client.postLogoutRedirectUriAllowed(logoutUri))
      return refuse(response, 'logout_uri is not registered for this client');
    // oidc-provider's own end of session, which needs no id token for a registered client.
    const query = new URLSearchParams({ client_id: clientId, post_logout_redirect_uri: logoutUri });
    redirect(response, `${poolUrl}${END_SESSION_PATH}?${query}`);
  };
}
