// References and verification codes: random, in Crockford's base 32 (no I, L, O, U: nothing to misread
// off paper). A reference is 60 random bits, a code 40; only the code's hash is stored.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { DocumentKind } from '../adapters/document-repository.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function groups(count: number): string {
  const bytes = randomBytes(count * 4);
  const characters = [...bytes].map((byte) => ALPHABET[byte & 31]);
  return Array.from({ length: count }, (_, index) =>
    characters.slice(index * 4, index * 4 + 4).join(''),
  ).join('-');
}

export const newReference = (kind: DocumentKind) => `${kind.toUpperCase()}-${groups(3)}`;
export const newVerificationCode = () => groups(2);

/** Codes compare without case or surrounding spaces, as a person types them from paper. */
export function hashCode(code: string): string {
  return createHash('sha256').update(code.trim().toUpperCase()).digest('hex');
}

export function codeMatches(codeHash: string, code: string): boolean {
  const expected = Buffer.from(codeHash, 'hex');
  const given = Buffer.from(hashCode(code), 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
