// Cognito's /oauth2/userInfo, locally: the caller's attributes, for a valid access token of the
// pool. oidc-provider's own userinfo refuses its JWT access tokens, which carry an audience.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { JwtVerifier } from 'aws-jwt-verify';
import { validateCognitoJwtFields } from 'aws-jwt-verify/cognito-verifier';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { sendJson } from '../http.ts';
import { usernameOf, type Account, type AccountStore } from './accounts.ts';
import { MOTORIST_CLIENT_IDS } from './clients.ts';

/** The attributes Cognito answers: every value a string, as Cognito stores them. */
export function userInfoAttributes(account: Account): Record<string, string> {
  return {
    sub: account.sub,
    ...(account.email && { email: account.email, email_verified: String(account.emailVerified) }),
    username: usernameOf(account),
    ...account.attributes,
  };
}

export function makeUserInfoEndpoint({
  issuer,
  jwks,
  accounts,
  allowedOrigins,
}: {
  issuer: string;
  /** The pool's public keys, given directly: the pool need not fetch its own JWKS. */
  jwks: { keys: object[] };
  accounts: AccountStore;
  allowedOrigins: string[];
}) {
  // The same checks as the API's: Cognito access tokens carry no audience. Only the clients
  // motorists sign in with ask for `openid`, which Cognito's userInfo requires.
  const verifier = JwtVerifier.create({
    issuer,
    audience: null,
    jwksUri: `${issuer}/.well-known/jwks.json`,
    customJwtCheck: ({ payload }) =>
      validateCognitoJwtFields(payload, { tokenUse: 'access', clientId: MOTORIST_CLIENT_IDS }),
  });
  verifier.cacheJwks(jwks as Jwks);

  async function accountFor(authorization: string | undefined): Promise<Account | undefined> {
    if (!authorization?.startsWith('Bearer ')) return undefined;
    try {
      const payload = await verifier.verify(authorization.slice('Bearer '.length));
      return accounts.findBySub(String(payload.sub));
    } catch {
      return undefined;
    }
  }

  return async function userInfo(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const origin = request.headers.origin;
    const cors: Record<string, string> =
      origin && allowedOrigins.includes(origin)
        ? {
            'access-control-allow-origin': origin,
            'access-control-allow-headers': 'authorization',
            vary: 'origin',
          }
        : {};
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { ...cors, 'access-control-allow-methods': 'GET, POST' }).end();
      return;
    }
    const account = await accountFor(request.headers.authorization);
    if (!account) {
      return sendJson(
        response,
        401,
        { error: 'invalid_token' },
        { ...cors, 'www-authenticate': 'Bearer error="invalid_token"' },
      );
    }
    sendJson(response, 200, userInfoAttributes(account), cors);
  };
}
