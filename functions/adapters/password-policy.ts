// The password policy of e-mail accounts, in one place: infra gives it to the Cognito user pool and the
// local pool enforces it on its sign-up and reset pages. No CDK import, so the local pool can load it.

export const PASSWORD_POLICY = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
  /** How long an administrator's temporary password lasts. */
  tempPasswordValidityDays: 3,
} as const;

// Cognito's symbols: ^ $ * . [ ] { } ( ) ? " ! @ # % & / \ , > < ' : ; | _ ~ ` = + - and the space.
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/** Whether a password satisfies the pool's policy, as Cognito checks it. */
export function meetsPasswordPolicy(password: string, policy = PASSWORD_POLICY): boolean {
  return (
    [...password].length >= policy.minLength &&
    (!policy.requireLowercase || /[a-z]/.test(password)) &&
    (!policy.requireUppercase || /[A-Z]/.test(password)) &&
    (!policy.requireDigits || /\d/.test(password)) &&
    (!policy.requireSymbols || SYMBOL.test(password))
  );
}
