import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOutbox, type Outbox } from '../../outbox/index.ts';
import { latestCode } from '../drive-flows.ts';
import { openAccounts } from './accounts.ts';
import { makeEmailAccounts } from './email-accounts.ts';

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
      expect(await accounts.signUp('lea@example.org', weak)).toEqual({ ok: false, refusal: 'weak-password' });
    },
  );

  it('accepts a password of 8 characters with every kind of character', async () => {
    expect((await (await emailAccounts()).signUp('lea@example.org', 'Abcdef1!')).ok).toBe(true);
  });

  it('refuses an address that is not one', async () => {
    expect(await (await emailAccounts()).signUp('lea.example.org', password)).toEqual({
      ok: false,
      refusal: 'invalid-email',
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
    expect(await accounts.confirm('lea@example.org', sent)).toEqual({ ok: false, refusal: 'invalid-code' });
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
      refusal: 'invalid-code',
    });
    expect((await accounts.confirm('lea@example.org', sent)).ok).toBe(true);
    expect(await accounts.confirm('lea@example.org', sent)).toEqual({ ok: false, refusal: 'invalid-code' });
  });

  it('accepts a reset code for an hour, once', async () => {
    const accounts = await emailAccounts();
    await accounts.signUp('lea@example.org', password);
    await accounts.confirm('lea@example.org', await code('sign-up-code'));
    await accounts.requestPasswordReset('lea@example.org');
    clock.now = later(1);
    expect(
      await accounts.resetPassword('lea@example.org', await code('password-reset-code'), 'New-pass-123'),
    ).toEqual({ ok: false, refusal: 'invalid-code' });
    await accounts.requestPasswordReset('lea@example.org');
    const sent = await code('password-reset-code');
    expect((await accounts.resetPassword('lea@example.org', sent, 'New-pass-123')).ok).toBe(true);
    expect(await accounts.resetPassword('lea@example.org', sent, 'Other-pass-123')).toEqual({
      ok: false,
      refusal: 'invalid-code',
    });
    expect((await accounts.signIn('lea@example.org', 'New-pass-123')).ok).toBe(true);
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
