// The project's body size limit (middy has none): a body over `limitBytes` once decoded is refused with 413
// before anything parses it.
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { problems } from './problem.ts';
import type { RouteContext } from './route-context.ts';

export function bodyLimit(
  limitBytes: number,
): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, RouteContext> {
  return {
    before: ({ event }) => {
      const bytes = Buffer.byteLength(event.body ?? '', event.isBase64Encoded ? 'base64' : 'utf8');
      if (bytes > limitBytes) throw problems.tooLarge(limitBytes);
    },
  };
}
