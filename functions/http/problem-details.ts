// The error contract of the API, in middy's terms: an HttpProblem under 500 is shown to the client as RFC 9457
// problem details in the request's language; a use case's refusal and the refusals of middy's own middlewares
// become the problems they stand for; anything else is logged and answered with a bare 500 without internals. @middy/http-error-handler then writes
// the answer (it runs after this middleware, which only turns the error into one it exposes).
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Language } from './language.ts';
import { logger } from '../runtime/index.ts';
import { HttpProblem, internalError, problemDocument, problemHeaders, problems } from './problem.ts';
import { languageOf, type RouteContext } from './route-context.ts';

/** The error @middy/http-error-handler exposes: the status, the problem document and its headers. */
export class ExposedProblem extends Error {
  readonly statusCode: number;
  readonly expose = true;
  readonly headers: Record<string, string>;

  constructor(problem: HttpProblem, language: Language) {
    super(problemDocument(problem, language), { cause: problem });
    this.name = 'ExposedProblem';
    this.statusCode = problem.status;
    this.headers = problemHeaders(problem, language);
  }
}

const JSON_BODY_PARSER = '@middy/http-json-body-parser';

/** The problem a middy middleware's refusal stands for (they throw errors with a status and the package). */
function fromMiddy(error: unknown): HttpProblem | undefined {
  if (!(error instanceof Error) || !('statusCode' in error)) return undefined;
  const origin = error.cause as { package?: string } | undefined;
  if (origin?.package !== JSON_BODY_PARSER) return undefined;
  return error.statusCode === 415 ? problems.unsupportedMediaType() : problems.malformedJson();
}

/**
 * `problemOf` is the hook that maps the errors of the layers below (a use case's refusals) to the problems they
 * are answered with; what it does not map goes on through the rules above.
 */
export function problemDetails(
  operationId: string,
  problemOf: (error: unknown) => HttpProblem | undefined,
): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, RouteContext> {
  return {
    onError: (request) => {
      const { error, context } = request;
      const shown =
        error instanceof HttpProblem && error.status < 500 ? error : (problemOf(error) ?? fromMiddy(error));
      if (!shown)
        logger.error('request failed', {
          operationId,
          error: error instanceof Error ? error : String(error),
        });
      request.error = new ExposedProblem(shown ?? internalError(), languageOf(context));
    },
  };
}
