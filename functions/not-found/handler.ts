// The API's `$default` route: anything no route matched gets a problem+json 404,
// or 405 with Allow when the path exists under another method.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { problemResponse, problems } from '../http/index.ts';
import { httpRoutes } from '../routes.ts';
import { apiEntry } from '../runtime/index.ts';
import { compileSpecs, matchRoute } from './route-match.ts';

const routes = compileSpecs(httpRoutes.map((entry) => entry.spec));

export const handler = apiEntry(
  async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const match = matchRoute(routes, event.requestContext.http.method, event.rawPath);
    return problemResponse(
      match.kind === 'method-not-allowed' ? problems.methodNotAllowed(match.allowed) : problems.notFound(),
    );
  },
);
