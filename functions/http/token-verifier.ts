// Verifies user-pool access tokens with aws-jwt-verify, the same code for Cognito
// and the local stand-in: only the issuer and JWKS URL differ. Cognito access
// tokens carry no `aud`, so `token_use` and `client_id` are checked instead.
import { JwtRsaVerifier } from 'aws-jwt-verify';
import { validateCognitoJwtFields } from 'aws-jwt-verify/cognito-verifier';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import type { IdentityProvider } from '../adapters/account-repository.ts';

export interface Caller {
  accountId: string;
  identityProvider: IdentityProvider;
  clientId: string;
  scopes: string[];
  accessToken: string;
}

export interface TokenVerifier {
  /** The caller, or undefined when the token is not a valid access token of the pool. */
  verify(accessToken: string): Promise<Caller | undefined>;
  /** The verified token's claims (what API Gateway's JWT authorizer passes on), or undefined. */
  claims(accessToken: string): Promise<JwtPayload | undefined>;
}

export interface TokenVerifierConfig {
  issuer: string;
  jwksUri: string;
  clientIds: string[];
}

const fetchJwks = {
  async fetch(uri: string): Promise<ArrayBuffer> {
    const response = await fetch(uri, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
    return response.arrayBuffer();
  },
};

export function makeTokenVerifier({ issuer, jwksUri, clientIds }: TokenVerifierConfig): TokenVerifier {
  const verifier = JwtRsaVerifier.create(
    {
      issuer,
      jwksUri,
      audience: null,
      customJwtCheck: ({ payload }: { payload: JwtPayload }) =>
        validateCognitoJwtFields(payload, { tokenUse: 'access', clientId: clientIds }),
    },
    { jwksCache: new SimpleJwksCache({ fetcher: fetchJwks }) },
  );
  const claims = (accessToken: string) => verifier.verify(accessToken).catch(() => undefined);
  return {
    claims,
    async verify(accessToken) {
      const payload = await claims(accessToken);
      if (!payload) return undefined;
      const username = typeof payload.username === 'string' ? payload.username : '';
      return {
        accountId: String(payload.sub),
        identityProvider: username.startsWith('FranceConnect_') ? 'franceconnect' : 'email',
        clientId: typeof payload.client_id === 'string' ? payload.client_id : '',
        scopes: typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [],
        accessToken,
      };
    },
  };
}
