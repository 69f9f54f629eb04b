// Cognito's lock-out after failed sign-ins, as its Developer Guide documents it ("Lockout behavior for
// failed sign-in attempts"): after five failed sign-ins with a password, the user is locked out for one
// second, then twice as long after each further failure, up to about 15 minutes (2^(n-5) seconds for n
// failures). Attempts during a lock-out fail ("Password attempts exceeded") without counting, even with
// the right password. A sign-in that succeeds after a lock-out, or 15 minutes without any attempt,
// starts the count again. Kept in memory, as a restart of Cognito's would not be noticed either.

export const FREE_FAILED_SIGN_INS = 5;
const MAX_LOCKOUT_MS = 15 * 60_000;
/** Quiet time after which the count starts over. */
const RESET_AFTER_MS = 15 * 60_000;

interface Failures {
  count: number;
  lastAttemptAt: number;
  lockedUntil: number;
}

export function makeSignInLockout(clock: () => Date) {
  const byAccount = new Map<string, Failures>();

  function current(key: string): Failures | undefined {
    const failures = byAccount.get(key);
    if (failures && clock().getTime() - failures.lastAttemptAt >= RESET_AFTER_MS) byAccount.delete(key);
    return byAccount.get(key);
  }

  return {
    /** Whether `key` is locked out now; an attempt while locked still counts as activity, not as a failure. */
    isLocked(key: string): boolean {
      const failures = current(key);
      if (!failures || failures.lockedUntil <= clock().getTime()) return false;
      failures.lastAttemptAt = clock().getTime();
      return true;
    },
    failed(key: string): void {
      const now = clock().getTime();
      const count = (current(key)?.count ?? 0) + 1;
      const lockoutMs =
        count >= FREE_FAILED_SIGN_INS
          ? Math.min(1000 * 2 ** (count - FREE_FAILED_SIGN_INS), MAX_LOCKOUT_MS)
          : 0;
      byAccount.set(key, { count, lastAttemptAt: now, lockedUntil: now + lockoutMs });
    },
    succeeded: (key: string) => void byAccount.delete(key),
  };
}
