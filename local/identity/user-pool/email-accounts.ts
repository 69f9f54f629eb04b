// What the hosted pages do with email accounts, as Cognito does it: sign up with a code sent by
// mail, confirm, sign in once confirmed (with Cognito's lock-out after failed attempts), reset a
// forgotten password with another code. Every refusal of a form is given at once.
import { randomInt } from 'node:crypto';
import type { Outbox } from '../../outbox/index.ts';
import { newAccount, normaliseEmail, type Account, type AccountStore, type PendingCode } from './accounts.ts';
import { makeSignInLockout } from './lockout.ts';
import { hashPassword, meetsPasswordPolicy, verifyPassword } from './passwords.ts';

export type EmailAccountRefusal =
  | 'invalid-email'
  | 'weak-password'
  | 'account-exists'
  | 'invalid-code'
  | 'invalid-credentials'
  | 'not-confirmed'
  | 'too-many-attempts';

export type Outcome = { ok: true; account: Account } | { ok: false; refusals: EmailAccountRefusal[] };

const refuse = (...refusals: EmailAccountRefusal[]): Outcome => ({ ok: false, refusals });

// Cognito's lifetimes: a sign-up code lasts a day, a password reset code an hour.
const CONFIRMATION_CODE_HOURS = 24;
const RESET_CODE_HOURS = 1;
/**
 * Wrong tries after which a code is void and a new one must be asked for. Cognito documents that
 * ConfirmSignUp and ConfirmForgotPassword fail with TooManyFailedAttemptsException / LimitExceededException
 * after repeated wrong codes without giving the number; 5, as for passwords, keeps a 6-digit code at a
 * 1 in 200,000 chance.
 */
export const MAX_CODE_ATTEMPTS = 5;

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
  const lockout = makeSignInLockout(clock);

  function newCode(hours: number): PendingCode {
    return {
      code: String(randomInt(0, 1_000_000)).padStart(6, '0'),
      expiresAt: new Date(clock().getTime() + hours * 3_600_000).toISOString(),
    };
  }

  const codeIsLive = (pending: PendingCode | undefined): pending is PendingCode =>
    pending !== undefined &&
    (pending.failedAttempts ?? 0) < MAX_CODE_ATTEMPTS &&
    new Date(pending.expiresAt) > clock();

  /** Whether `code` is the account's live code; a wrong one is counted against the code. */
  async function checkCode(account: Account, kind: 'confirmationCode' | 'resetCode', code: string) {
    const pending = account[kind];
    if (!codeIsLive(pending)) return false;
    if (pending.code === code.trim()) return true;
    const failedAttempts = (pending.failedAttempts ?? 0) + 1;
    await accounts.save({ ...account, [kind]: { ...pending, failedAttempts } });
    return false;
  }

  async function signUp(email: string, password: string): Promise<Outcome> {
    const address = normaliseEmail(email);
    const refusals: EmailAccountRefusal[] = [];
    if (!looksLikeEmail(address)) refusals.push('invalid-email');
    if (!meetsPasswordPolicy(password)) refusals.push('weak-password');
    if (refusals.length > 0) return refuse(...refusals);
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
    if (!account || account.confirmed || !(await checkCode(account, 'confirmationCode', code)))
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
    // Keyed by the address asked for, whether or not it has an account: the lock-out reveals nothing.
    const key = normaliseEmail(email);
    if (lockout.isLocked(key)) return refuse('too-many-attempts');
    const account = accounts.findByEmail(email);
    if (!(await verifyPassword(password, account?.passwordHash)) || !account) {
      lockout.failed(key);
      return refuse('invalid-credentials');
    }
    lockout.succeeded(key);
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
    // Every wrong code counts, whatever the password: a weak password must not make guessing free.
    const codeMatches = account !== undefined && (await checkCode(account, 'resetCode', code));
    const refusals: EmailAccountRefusal[] = [];
    if (!codeMatches) refusals.push('invalid-code');
    if (!meetsPasswordPolicy(password)) refusals.push('weak-password');
    if (!account || refusals.length > 0) return refuse(...refusals);
    const updated: Account = { ...account, passwordHash: await hashPassword(password), resetCode: undefined };
    await accounts.save(updated);
    return { ok: true, account: updated };
  }

  return { signUp, confirm, signIn, requestPasswordReset, resetPassword };
}

export type EmailAccounts = ReturnType<typeof makeEmailAccounts>;
