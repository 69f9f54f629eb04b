// Signing keys and cookie keys of a local OpenID provider, generated on first start and kept
// under the data folder: tokens issued before a restart must still verify after it.
import { createPublicKey, generateKeyPairSync, randomBytes, type JsonWebKey } from 'node:crypto';
import { readOrCreateJsonFile } from './json-file.ts';

export type SigningAlgorithm = 'RS256' | 'ES256';

export interface SigningKey extends JsonWebKey {
  kid: string;
  alg: SigningAlgorithm;
  use: 'sig';
}

export interface ProviderSecrets {
  signingKeys: SigningKey[];
  cookieKeys: string[];
}

function generateSigningKey(alg: SigningAlgorithm): SigningKey {
  const { privateKey } =
    alg === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { ...privateKey.export({ format: 'jwk' }), kid: randomBytes(8).toString('hex'), alg, use: 'sig' };
}

/** The secrets kept in `file`, with one signing key per algorithm, created when missing. */
export function loadProviderSecrets(file: string, algorithms: SigningAlgorithm[]): Promise<ProviderSecrets> {
  return readOrCreateJsonFile(file, () => ({
    signingKeys: algorithms.map(generateSigningKey),
    cookieKeys: [randomBytes(32).toString('base64url')],
  }));
}

/** The public half of the keys, as published at a JWKS URL. */
export function publicJwks(keys: SigningKey[]): { keys: SigningKey[] } {
  return {
    keys: keys.map(({ kid, alg, use, ...key }) => ({
      ...createPublicKey({ key, format: 'jwk' }).export({ format: 'jwk' }),
      kid,
      alg,
      use,
    })),
  };
}
