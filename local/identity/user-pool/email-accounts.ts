// What the hosted pages do with email accounts, as Cognito does it: sign up with a code sent by
// mail, confirm, sign in once confirmed, reset a forgotten password with another code.
import { randomInt } from 'node:crypto';
import type { Outbox } from '../../outbox/index.ts';
import { newAccount, normaliseEmail, type Account, type AccountStore, type PendingCode } from './accounts.ts';
import { hashPassword, meetsPasswordPolicy, verifyPassword } from './passwords.ts';

export type EmailAccountRefusal =
  | 'invalid-email'
  | 'weak-password'
  | 'account-exists'
  | 'invalid-code'
  | 'invalid-credentials'
  | 'not-confirmed';

export type Outcome = { ok: true; account: Account } | { ok: false; refusal: EmailAccountRefusal };

const refuse = (refusal: EmailAccountRefusal): Outcome => ({ ok: false, refusal });

// Cognito's lifetimes: a sign-up code lasts a day, a password reset code an hour.
const CONFIRMATION_CODE_HOURS = 24;
const RESET_CODE_HOURS = 1;

const looksLikeEmail = (email: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);

export function makeEmailAccounts({
  accounts,
  outbox,
  clock,
}: {
  accounts: AccountStore;
  outbox: Outbox;
  clock: () => Date;
}) {
  function newCode(hours: number): PendingCode {
    return {
      code: String(randomInt(0, 1_000_000)).padStart(6, '0'),
      expiresAt: new Date(clock().getTime() + hours * 3_600_000).toISOString(),
    };
  }

  const codeMatches = (pending: PendingCode | undefined, code: string) =>
    pending !== undefined && pending.code === code.trim() && new Date(pending.expiresAt) > clock();

  async function signUp(email: string, password: string): Promise<Outcome> {
    const address = normaliseEmail(email);
    if (!looksLikeEmail(address)) return refuse('invalid-email');
    if (!meetsPasswordPolicy(password)) return refuse('weak-password');
    const existing = accounts.findByEmail(address);
    if (existing?.confirmed) return refuse('account-exists');
    // Signing up again before confirming starts over with a new password and a new code.
    const account: Account = {
      ...(existing ?? newAccount({ email: address, createdAt: clock().toISOString() })),
      passwordHash: await hashPassword(password),
      confirmationCode: newCode(CONFIRMATION_CODE_HOURS),
    };
    await accounts.save(account);
    await outbox.send({
      to: address,
      kind: 'sign-up-code',
      subject: 'Votre code de confirmation',
      text: `Votre code de confirmation est ${account.confirmationCode?.code}. Il est valable 24 heures.`,
      data: { code: account.confirmationCode?.code },
    });
    return { ok: true, account };
  }

  async function confirm(email: string, code: string): Promise<Outcome> {
    const account = accounts.findByEmail(email);
    if (!account || account.confirmed || !codeMatches(account.confirmationCode, code))
      return refuse('invalid-code');
    const confirmed: Account = {
      ...account,
      confirmed: true,
      emailVerified: true,
      confirmationCode: undefined,
    };
    await accounts.save(confirmed);
    return { ok: true, account: confirmed };
  }

  async function signIn(email: string, password: string): Promise<Outcome> {
    const account = accounts.findByEmail(email);
    if (!(await verifyPassword(password, account?.passwordHash)) || !account)
      return refuse('invalid-credentials');
    return account.confirmed ? { ok: true, account } : refuse('not-confirmed');
  }

  /** Sends a reset code when a confirmed account has this address; says nothing either way. */
  async function requestPasswordReset(email: string): Promise<void> {
    const account = accounts.findByEmail(email);
    if (!account?.confirmed || !account.email) return;
    const resetCode = newCode(RESET_CODE_HOURS);
    await accounts.save({ ...account, resetCode });
    await outbox.send({
      to: account.email,
      kind: 'password-reset-code',
      subject: 'Réinitialisation de votre mot de passe',
      text: `Votre code pour choisir un nouveau mot de passe est ${resetCode.code}. Il est valable une heure.`,
      data: { code: resetCode.code },
    });
  }

  async function resetPassword(email: string, code: string, password: string): Promise<Outcome> {
    const account = accounts.findByEmail(email);
    if (!account || !codeMatches(account.resetCode, code)) return refuse('invalid-code');
    if (!meetsPasswordPolicy(password)) return refuse('weak-password');
    const updated: Account = { ...account, passwordHash: await hashPassword(password), resetCode: undefined };
    await accounts.save(updated);
    return { ok: true, account: updated };
  }

  return { signUp, confirm, signIn, requestPasswordReset, resetPassword };
}

export type EmailAccounts = ReturnType<typeof makeEmailAccounts>;
