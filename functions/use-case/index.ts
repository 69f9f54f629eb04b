// Public face of functions/use-case: what every use case shares, and nothing of HTTP: who it acts for, and how
// it refuses.
export type { Caller } from './caller.ts';
export { isUseCaseError, UseCaseError, type UseCaseErrorCode } from './use-case-error.ts';
