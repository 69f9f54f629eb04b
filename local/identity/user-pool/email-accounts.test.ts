import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOutbox, type Outbox } from '../../outbox/index.ts';
import { latestCode } from '../drive-flows.ts';
import { openAccounts } from './accounts.ts';
import { makeEmailAccounts, MAX_CODE_ATTEMPTS } from './email-accounts.ts';
import { PASSWORD_POLICY } from './passwords.ts';

let dataDir: string;
let outbox: Outbox;
let clock: { now: Date };
let accountsFile: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'email-accounts-'));
  accountsFile = join(dataDir, 'accounts.json');
  outbox = await openOutbox(join(dataDir, 'outbox.json'));
  clock = { now: new Date('2026-03-01T09:00:00Z') };
});

afterEach(() => rm(dataDir, { recursive: true, force: true }));

const emailAccounts = async () =>
  makeEmailAccounts({ accounts: await openAccounts(accountsFile), outbox, clock: () => clock.now });
const later = (hours: number) => new Date(clock.now.getTime() + hours * 3_600_000);
const code = async (kind: 'sign-up-code' | 'password-reset-code') =>
  latestCode(await outbox.list(), 'lea@example.org', kind);
const password = 'Correct-horse-42';

describe('email accounts', () => {
  it.each(['Sh0rt-A', 'nouppercase-1!', 'NOLOWERCASE-1!', 'No-digits-here!', 'NoSymbols123'])(
    'refuses the password %s, which misses a rule of the policy',
    async (weak) => {
      const accounts = await emailAccounts();
      expect(await accounts.signUp('lea@example.org', weak)).toEqual({
        ok: false,
        refusals: ['weak-password'],
      });
    },
  );

  it('accepts a password of 12 characters with every kind of character (the policy infra gives Cognito)', async () => {
    expect(PASSWORD_POLICY.minLength).toBe(12);
    expect((await (await emailAccounts()).signUp('lea@example.org', 'Abcdefgh12!x')).ok).toBe(true);
    expect(await (await emailAccounts()).signUp('lea@example.org', 'Abcdefg12!x')).toEqual({
      ok: false,
      refusals: ['weak-password'],
    });
  });

  it('gives every refusal of a sign-up at once', async () => {
    expect(await (await emailAccounts()).signUp('lea.example.org', 'short')).toEqual({
      ok: false,
      refusals: ['invalid-email', 'weak-password'],
    });
  });

  it('refuses an address that is not one', async () => {
    expect(await (await emailAccounts()).signUp('lea.example.org', password)).toEqual({
      ok: false,
      refusals: ['invalid-email'],
    });
  });

  it('keeps the address in lower case and never the password itself', async () => {
    const accounts = await emailAccounts();
    const outcome = await accounts.signUp(' Lea@Example.org ', password);
    expect(outcome.ok && outcome.account.email).toBe('lea@example.org');
    expect(JSON.stringify(outcome)).not.toContain(password);
  });

  it('accepts the confirmation code until 24 hours after it was sent, not after', async () => {
    const accounts = await emailAccounts();
    await accounts.signUp('lea@example.org', password);
    const sent = await code('sign-up-code');
    clock.now = later(24);
    expect(await accounts.confirm('lea@example.org', sent)).toEqual({
      ok: false,
      refusals: ['invalid-code'],
    });
    await accounts.signUp('lea@example.org', password);
    clock.now = later(23.99);
    expect((await accounts.confirm('lea@example.org', await code('sign-up-code'))).ok).toBe(true);
  });

  it('refuses a wrong confirmation code and an account confirmed already', async () => {
    const accounts = await emailAccounts();
    await accounts.signUp('lea@example.org', password);
    const sent = await code('sign-up-code');
    expect(await accounts.confirm('lea@example.org', sent === '000000' ? '111111' : '000000')).toEqual({
      ok: false,
      refusals: ['invalid-code'],
    });
    expect((await accounts.confirm('lea@example.org', sent)).ok).toBe(true);
    expect(await accounts.confirm('lea@example.org', sent)).toEqual({
      ok: false,
      refusals: ['invalid-code'],
    });
  });

  it('accepts a reset code for an hour, once', async () => {
    const accounts = await emailAccounts();
    await accounts.signUp('lea@example.org', password);
    await accounts.confirm('lea@example.org', await code('sign-up-code'));
    await accounts.requestPasswordReset('lea@example.org');
    clock.now = later(1);
    expect(
      await accounts.resetPassword('lea@example.org', await code('password-reset-code'), 'New-pass-123'),
    ).toEqual({ ok: false, refusals: ['invalid-code'] });
    await accounts.requestPasswordReset('lea@example.org');
    const sent = await code('password-reset-code');
    expect((await accounts.resetPassword('lea@example.org', sent, 'New-pass-123')).ok).toBe(true);
    expect(await accounts.resetPassword('lea@example.org', sent, 'Other-pass-123')).toEqual({
      ok: false,
      refusals: ['invalid-code'],
    });
    expect((await accounts.signIn('lea@example.org', 'New-pass-123')).ok).toBe(true);
  });

  it(`voids a reset code after ${MAX_CODE_ATTEMPTS} wrong tries, even for the right code after them`, async () => {
    const accounts = await emailAccounts();
    await accounts.signUp('lea@example.org', password);
    await accounts.confirm('lea@example.org', await code('sign-up-code'));
    await accounts.requestPasswordReset('lea@example.org');
    const sent = await code('password-reset-code');
    const wrong = sent === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt += 1)
      expect((await accounts.resetPassword('lea@example.org', wrong, 'New-pass-1234')).ok).toBe(false);
    expect(await accounts.resetPassword('lea@example.org', sent, 'New-pass-1234')).toEqual({
      ok: false,
      refusals: ['invalid-code'],
    });
    await accounts.requestPasswordReset('lea@example.org');
    expect(
      (await accounts.resetPassword('lea@example.org', await code('password-reset-code'), 'New-pass-1234'))
        .ok,
    ).toBe(true);
  });

  it('locks an account out after 5 wrong passwords, for 1 s then twice as long at each failure, as Cognito', async () => {
    const accounts = await emailAccounts();
    await accounts.signUp('lea@example.org', password);
    await accounts.confirm('lea@example.org', await code('sign-up-code'));
    for (let attempt = 0; attempt < 5; attempt += 1)
      expect(await accounts.signIn('lea@example.org', 'Wrong-horse-42')).toEqual({
        ok: false,
        refusals: ['invalid-credentials'],
      });
    // Locked: even the right password fails, and the attempt does not count.
    expect(await accounts.signIn('lea@example.org', password)).toEqual({
      ok: false,
      refusals: ['too-many-attempts'],
    });
    clock.now = new Date(clock.now.getTime() + 1000);
    expect(await accounts.signIn('lea@example.org', 'Wrong-horse-42')).toEqual({
      ok: false,
      refusals: ['invalid-credentials'],
    });
    clock.now = new Date(clock.now.getTime() + 1999);
    expect((await accounts.signIn('lea@example.org', password)).ok).toBe(false);
    clock.now = new Date(clock.now.getTime() + 1);
    expect((await accounts.signIn('lea@example.org', password)).ok).toBe(true);
    // A success starts the count again.
    expect(await accounts.signIn('lea@example.org', 'Wrong-horse-42')).toEqual({
      ok: false,
      refusals: ['invalid-credentials'],
    });
    expect((await accounts.signIn('lea@example.org', password)).ok).toBe(true);
  });

  it('locks out an address without an account just the same, so the lock-out tells nothing', async () => {
    const accounts = await emailAccounts();
    for (let attempt = 0; attempt < 5; attempt += 1)
      await accounts.signIn('nobody@example.org', 'Wrong-horse-42');
    expect(await accounts.signIn('nobody@example.org', 'Wrong-horse-42')).toEqual({
      ok: false,
      refusals: ['too-many-attempts'],
    });
  });

  it('sends no reset code for an address without a confirmed account', async () => {
    const accounts = await emailAccounts();
    await accounts.requestPasswordReset('nobody@example.org');
    await accounts.signUp('lea@example.org', password);
    await accounts.requestPasswordReset('lea@example.org');
    expect((await outbox.list()).map((message) => message.kind)).toEqual(['sign-up-code']);
  });

  it('keeps accounts across a reopening of the file', async () => {
    await (await emailAccounts()).signUp('lea@example.org', password);
    const reopened = await emailAccounts();
    expect((await reopened.confirm('lea@example.org', await code('sign-up-code'))).ok).toBe(true);
    expect((await reopened.signIn('lea@example.org', password)).ok).toBe(true);
  });
});
