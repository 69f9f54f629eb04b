// Verifies user-pool access tokens with aws-jwt-verify, the same code for Cognito
// and the local stand-in: only the issuer and JWKS URL differ. Cognito access
// tokens carry no `aud`, so `token_use` and `client_id` are checked instead. On
// top of what aws-jwt-verify checks (signature, issuer, `exp` and `nbf` when
// present), a token must say when it was issued and when it expires, and may not
// live longer than the pool issues tokens for: a token that does was not minted
// by the pool's own rules, whatever its signature says.
import { JwtRsaVerifier } from 'aws-jwt-verify';
import { validateCognitoJwtFields } from 'aws-jwt-verify/cognito-verifier';
import {
  CognitoJwtInvalidClientIdError,
  CognitoJwtInvalidTokenUseError,
  JwtExpiredError,
  JwtInvalidClaimError,
  JwtInvalidIssuerError,
  JwtInvalidSignatureAlgorithmError,
  JwtInvalidSignatureError,
  JwtNotBeforeError,
  JwtParseError,
  KidNotFoundInJwksError,
} from 'aws-jwt-verify/error';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { recordSecurityEvent } from '../adapters/security-events.ts';
import type { Caller } from '../use-case/index.ts';
import { ACCESS_TOKEN_VALIDITY_SECONDS, CLOCK_SKEW_SECONDS } from './token-policy.ts';

export type { Caller };

export interface TokenVerifier {
  /** The caller, or undefined when the token is not a valid access token of the pool (the refusal is logged). */
  verify(accessToken: string): Promise<Caller | undefined>;
  /** The verified token's claims (what API Gateway's JWT authorizer passes on), or undefined. */
  claims(accessToken: string): Promise<JwtPayload | undefined>;
}

export interface TokenVerifierConfig {
  issuer: string;
  jwksUri: string;
  /** Every app client whose access tokens the API takes, registry clients included. */
  clientIds: string[];
  /** The registry's clients: only their tokens pass the registry routes. */
  registryClientIds: string[];
  /** The longest lifetime a token may claim; what the pool's app clients issue unless told. */
  maxLifetimeSeconds?: number;
}

/** Why a token was refused, as logged: never the token itself. */
export type TokenRefusal =
  | 'malformed'
  | 'bad-signature'
  | 'wrong-issuer'
  | 'expired'
  | 'not-yet-valid'
  | 'no-expiry'
  | 'no-issued-at'
  | 'issued-in-the-future'
  | 'lifetime-too-long'
  | 'wrong-token-use'
  | 'unknown-client'
  | 'invalid-claim'
  | 'unverifiable';

class TokenLifetimeError extends JwtInvalidClaimError {
  readonly reason: TokenRefusal;
  constructor(reason: TokenRefusal) {
    super(`token refused: ${reason}`, reason, undefined);
    this.reason = reason;
  }
}

function refusalOf(error: unknown): TokenRefusal {
  if (error instanceof TokenLifetimeError) return error.reason;
  if (error instanceof JwtExpiredError) return 'expired';
  if (error instanceof JwtNotBeforeError) return 'not-yet-valid';
  if (error instanceof JwtInvalidIssuerError) return 'wrong-issuer';
  if (error instanceof CognitoJwtInvalidTokenUseError) return 'wrong-token-use';
  if (error instanceof CognitoJwtInvalidClientIdError) return 'unknown-client';
  if (
    error instanceof JwtInvalidSignatureError ||
    error instanceof JwtInvalidSignatureAlgorithmError ||
    error instanceof KidNotFoundInJwksError
  )
    return 'bad-signature';
  if (error instanceof JwtParseError) return 'malformed';
  if (error instanceof JwtInvalidClaimError) return 'invalid-claim';
  return 'unverifiable';
}

/** `exp` and `iat` required, `iat` not later than now plus the skew, no lifetime beyond the pool's. */
export function checkLifetime(payload: JwtPayload, maxLifetimeSeconds: number, nowSeconds: number): void {
  const { exp, iat } = payload;
  if (typeof exp !== 'number') throw new TokenLifetimeError('no-expiry');
  if (typeof iat !== 'number' || !Number.isFinite(iat)) throw new TokenLifetimeError('no-issued-at');
  if (iat > nowSeconds + CLOCK_SKEW_SECONDS) throw new TokenLifetimeError('issued-in-the-future');
  if (exp - iat > maxLifetimeSeconds || exp - nowSeconds > maxLifetimeSeconds + CLOCK_SKEW_SECONDS)
    throw new TokenLifetimeError('lifetime-too-long');
}

const fetchJwks = {
  async fetch(uri: string): Promise<ArrayBuffer> {
    const response = await fetch(uri, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`JWKS answered ${response.status}`);
    return response.arrayBuffer();
  },
};

export function makeTokenVerifier({
  issuer,
  jwksUri,
  clientIds,
  registryClientIds,
  maxLifetimeSeconds = ACCESS_TOKEN_VALIDITY_SECONDS,
}: TokenVerifierConfig): TokenVerifier {
  const verifier = JwtRsaVerifier.create(
    {
      issuer,
      jwksUri,
      audience: null,
      customJwtCheck: ({ payload }: { payload: JwtPayload }) => {
        checkLifetime(payload, maxLifetimeSeconds, Date.now() / 1000);
        validateCognitoJwtFields(payload, { tokenUse: 'access', clientId: clientIds });
      },
    },
    { jwksCache: new SimpleJwksCache({ fetcher: fetchJwks }) },
  );
  const registry = new Set(registryClientIds);
  const verified = new VerifiedTokens<Caller>();
  return {
    claims: (accessToken) => verifier.verify(accessToken).catch(() => undefined),
    async verify(accessToken) {
      const known = verified.get(accessToken, Date.now() / 1000);
      if (known) return known;
      let payload: JwtPayload;
      try {
        payload = await verifier.verify(accessToken);
      } catch (error) {
        recordSecurityEvent('token-refused', { reason: refusalOf(error) });
        return undefined;
      }
      const username = typeof payload.username === 'string' ? payload.username : '';
      const clientId = typeof payload.client_id === 'string' ? payload.client_id : '';
      const caller: Caller = Object.freeze({
        accountId: String(payload.sub),
        identityProvider: username.startsWith('FranceConnect_') ? 'franceconnect' : 'email',
        clientId,
        scopes: Object.freeze(
          typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [],
        ),
        accessToken,
        registryClient: registry.has(clientId),
      });
      verified.add(accessToken, caller, Number(payload.exp));
      return caller;
    },
  };
}

/**
 * The tokens this instance has verified, until they expire: the same bytes verified again give the same
 * answer (the signature, issuer, client, `nbf` and `iat` checks cannot turn with time; only `exp` does, and
 * it is checked on every hit as aws-jwt-verify checks it). A warm function sees a motorist's token on each of
 * their calls: this saves the RS256 verification of all but the first. Bounded: the oldest entry goes first.
 */
export class VerifiedTokens<T> {
  readonly #entries = new Map<string, { answer: T; exp: number }>();
  readonly #capacity: number;
  constructor(capacity = 1000) {
    this.#capacity = capacity;
  }

  get(accessToken: string, nowSeconds: number): T | undefined {
    const entry = this.#entries.get(accessToken);
    if (!entry) return undefined;
    if (entry.exp < nowSeconds) {
      this.#entries.delete(accessToken); // verified again, so that the refusal is logged as any other
      return undefined;
    }
    return entry.answer;
  }

  add(accessToken: string, answer: T, exp: number): void {
    if (this.#entries.size >= this.#capacity && !this.#entries.has(accessToken)) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(accessToken, { answer, exp });
  }

  get size(): number {
    return this.#entries.size;
  }
}
