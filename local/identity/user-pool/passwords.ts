// Passwords of email accounts: the pool's policy (shared with infra), and scrypt hashes (never the password itself).
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const derive = promisify(scrypt) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;
const KEY_LENGTH = 32;

export { meetsPasswordPolicy, PASSWORD_POLICY } from '../../../functions/adapters/password-policy.ts';

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return `scrypt$${salt.toString('base64url')}$${(await derive(password, salt, KEY_LENGTH)).toString('base64url')}`;
}

// Checking against this when the account does not exist takes as long as a real check.
const decoyHash = `scrypt$${randomBytes(16).toString('base64url')}$${randomBytes(KEY_LENGTH).toString('base64url')}`;

export async function verifyPassword(password: string, hash: string | undefined): Promise<boolean> {
  const [, salt = '', expected = ''] = (hash ?? decoyHash).split('$');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), KEY_LENGTH);
  return timingSafeEqual(actual, Buffer.from(expected, 'base64url')) && hash !== undefined;
}
