// What the HTTP middlewares learn about a request and hand to the route: the invocation context of Lambda, plus
// the language content negotiation chose, the verified caller and the parsed input.
import type { Context } from 'aws-lambda';
import type { Caller } from './token-verifier.ts';
import type { Language } from './language.ts';

export interface RouteContext extends Context {
  /** Set by @middy/http-content-negotiation from Accept-Language. */
  preferredLanguage?: string;
  caller?: Caller;
  input?: { params?: unknown; query?: unknown; body?: unknown };
}

export const languageOf = (context: RouteContext): Language =>
  context.preferredLanguage === 'en' ? 'en' : 'fr';

/** Outside Lambda (the local runtime, tests) no invocation context is passed: a fresh one for each request. */
export function contextOutsideLambda(): RouteContext {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'outside-lambda',
    functionVersion: '$LATEST',
    invokedFunctionArn: '',
    memoryLimitInMB: '0',
    awsRequestId: '',
    logGroupName: '',
    logStreamName: '',
    getRemainingTimeInMillis: () => Number.POSITIVE_INFINITY,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
