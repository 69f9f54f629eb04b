// Every Lambda's outermost layer: the Powertools logger gets the Lambda context (request id, cold start,
// function name) and the correlation id, metrics are flushed once per invocation, and the invocation's
// deadline is made known to what runs below (retries stop before Lambda does).
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { runInvocation } from './invocation.ts';
import { logger, metrics } from './observability.ts';

export type LambdaEntry<E, R> = (event: E, context: Context) => Promise<R>;

const CORRELATION_ID = /^[\w.:-]{8,128}$/;

/** A client's own `x-correlation-id` when well formed, else API Gateway's request id. */
export function correlationIdOfRequest(event: APIGatewayProxyEventV2): string | undefined {
  const given = event.headers?.['x-correlation-id'];
  return given && CORRELATION_ID.test(given) ? given : event.requestContext?.requestId;
}

export function lambdaEntry<E, R>(
  handle: (event: E) => Promise<R>,
  correlationIdOf: (event: E, context: Context) => string | undefined = (_event, context) =>
    context.awsRequestId,
  /** More layers inside the logger's (the tracer's, for the functions that carry it). */
  layers: middy.MiddlewareObj[] = [],
): LambdaEntry<E, R> {
  const base = (event: E, context: Context) => {
    const correlationId = correlationIdOf(event, context) ?? context.awsRequestId;
    logger.setCorrelationId(correlationId);
    return runInvocation({ deadline: Date.now() + context.getRemainingTimeInMillis(), correlationId }, () =>
      handle(event),
    );
  };
  return middy(base)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(flushMetrics)
    .use(layers);
}

/** Powertools' logMetrics, less its warning on every invocation that counted nothing. */
const flushMetrics: middy.MiddlewareObj = {
  before: () => void metrics.captureColdStartMetric(),
  after: () => void (metrics.hasStoredMetrics() && metrics.publishStoredMetrics()),
  onError: () => void (metrics.hasStoredMetrics() && metrics.publishStoredMetrics()),
};

/** The entry of an API Gateway route: correlated by its request. */
export function apiEntry<R>(handle: (event: APIGatewayProxyEventV2) => Promise<R>) {
  return lambdaEntry(handle, correlationIdOfRequest);
}

/** Builds the handler on its first call, then reuses it: importing stays cheap, a cold start builds once. */
export function builtOnFirstCall<E, R>(make: () => (event: E) => Promise<R>): (event: E) => Promise<R> {
  let built: ((event: E) => Promise<R>) | undefined;
  return (event) => (built ??= make())(event);
}
