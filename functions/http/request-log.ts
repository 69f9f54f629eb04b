// One structured log line per request: the route template (never the raw path, which may hold a licence number),
// the status and the duration. Tokens, bodies and licence numbers are never logged.
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { logger } from '../runtime/index.ts';
import type { RouteContext } from './route-context.ts';

export function requestLog(route: {
  operationId: string;
  method: string;
  path: string;
}): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, RouteContext> {
  const startedAt = new WeakMap<object, number>();
  const log: NonNullable<
    MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>['after']
  > = (request) => {
    const started = startedAt.get(request.event) ?? performance.now();
    logger.info('request', {
      operationId: route.operationId,
      route: `${route.method} ${route.path}`,
      status: request.response?.statusCode,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      requestId: request.event.requestContext?.requestId,
    });
  };
  return {
    before: (request) => void startedAt.set(request.event, performance.now()),
    after: log,
    onError: log,
  };
}
