// The answer each refusal of a use case gets: the one place where a UseCaseError's code becomes a status and
// words for the client. A code without an answer here fails the typecheck.
import { UseCaseError, type UseCaseErrorCode } from '../use-case/index.ts';
import { problems, type HttpProblem } from './problem.ts';

const answers: Record<UseCaseErrorCode, () => HttpProblem> = {
  'licence-not-linked': () =>
    problems.notFound('No licence is linked to this account: link one with PUT /v1/me/licence.'),
};

/** The problem a use case's refusal is answered with; undefined for any other error. */
export function useCaseProblem(error: unknown): HttpProblem | undefined {
  return error instanceof UseCaseError ? answers[error.code]() : undefined;
}
