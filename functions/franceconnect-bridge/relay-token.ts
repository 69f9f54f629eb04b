// Step 2 of the bridge: relays the code exchange to FranceConnect and keeps FranceConnect's
// id token, which only this exchange sees and which FranceConnect's logout requires.
import { decodeJwt } from 'jose';
import { franceConnectEndpoints, type FranceConnectConfig } from './config.ts';
import type { FranceConnectSessionStore } from './session-store.ts';

/** How long a kept id token stays usable for logout; FranceConnect's own session is long over by then. */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

export interface TokenRequest {
  body: string;
  contentType: string | undefined;
  authorization: string | undefined;
}

export interface RelayedAnswer {
  status: number;
  contentType: string;
  body: string;
}

interface Dependencies {
  franceConnect: FranceConnectConfig;
  sessions: FranceConnectSessionStore;
  fetch: typeof fetch;
  clock: () => Date;
}

export function makeRelayToken({ franceConnect, sessions, fetch, clock }: Dependencies) {
  return async function relayToken(request: TokenRequest): Promise<RelayedAnswer> {
    // The client authentication (Basic header or form fields) passes through untouched.
    const headers = new Headers({ accept: 'application/json' });
    if (request.contentType) headers.set('content-type', request.contentType);
    if (request.authorization) headers.set('authorization', request.authorization);
    const response = await fetch(franceConnectEndpoints(franceConnect.issuer).token, {
      method: 'POST',
      headers,
      body: request.body,
    });
    const answer = {
      status: response.status,
      contentType: response.headers.get('content-type') ?? 'application/json',
      body: await response.text(),
    };
    if (response.ok) await keepIdToken(answer.body);
    return answer;
  };

  async function keepIdToken(body: string) {
    const { id_token: idToken } = JSON.parse(body) as { id_token?: string };
    if (!idToken) return;
    // Decoded, not verified: it comes straight from FranceConnect's token endpoint over TLS,
    // and the caller (Cognito) verifies it before trusting anything in it.
    const { sub } = decodeJwt(idToken);
    if (!sub) return;
    const now = Math.floor(clock().getTime() / 1000);
    await sessions.put(sub, idToken, now + SESSION_LIFETIME_SECONDS);
  }
}
