// How a use case refuses: a typed error with a stable code, which tests assert and the HTTP layer turns into the
// answer the client gets (functions/http/use-case-problems.ts). It carries no status and no wording for the
// client: those are the HTTP layer's.
export type UseCaseErrorCode =
  /** The caller's account has no licence linked to it (or the link it names is no longer its own). */
  'licence-not-linked';

export class UseCaseError extends Error {
  readonly code: UseCaseErrorCode;

  constructor(code: UseCaseErrorCode, message: string) {
    super(message);
    this.name = 'UseCaseError';
    this.code = code;
  }
}

/** True when `error` is the use case's refusal with `code`. */
export const isUseCaseError = (error: unknown, code: UseCaseErrorCode): error is UseCaseError =>
  error instanceof UseCaseError && error.code === code;
