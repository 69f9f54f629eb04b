// Step 3 of the bridge: FranceConnect v2 answers userinfo with a signed JWT, which Cognito cannot
// read. The bridge verifies the signature itself and answers the claims as plain JSON.
import { createRemoteJWKSet, customFetch, jwtVerify, type JWTPayload } from 'jose';
import { franceConnectEndpoints, type FranceConnectConfig } from './config.ts';

export type UserinfoAnswer = { claims: Record<string, unknown> } | { refused: string };

// The envelope of the signed answer, not facts about the person.
const envelopeClaims = new Set(['iss', 'aud', 'iat', 'exp', 'nbf', 'jti']);

function identityClaims(payload: JWTPayload): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload).filter(([name]) => !envelopeClaims.has(name)));
}

interface Dependencies {
  franceConnect: FranceConnectConfig;
  fetch: typeof fetch;
}

export function makeVerifiedUserinfo({ franceConnect, fetch }: Dependencies) {
  const keys = createRemoteJWKSet(new URL(franceConnect.jwksUrl), { [customFetch]: fetch });

  return async function verifiedUserinfo(authorization: string | undefined): Promise<UserinfoAnswer> {
    if (!authorization?.startsWith('Bearer ')) return { refused: 'missing bearer token' };
    const response = await fetch(franceConnectEndpoints(franceConnect.issuer).userinfo, {
      headers: { authorization, accept: 'application/jwt' },
    });
    if (!response.ok) return { refused: `FranceConnect answered ${response.status}` };
    try {
      const { payload } = await jwtVerify(await response.text(), keys, {
        issuer: franceConnect.issuer,
        audience: franceConnect.clientId,
        algorithms: ['ES256', 'RS256'],
      });
      return { claims: identityClaims(payload) };
    } catch (error) {
      return { refused: `FranceConnect's userinfo did not verify: ${(error as Error).message}` };
    }
  };
}
