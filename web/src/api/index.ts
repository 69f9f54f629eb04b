// Public face of web/src/api: the typed client, the calls the pages make, errors.
export { makeApiClient, type ApiClient, type RequestContext } from './client.ts';
export { makeRouteApi, type RouteApi } from './routes.ts';
export type * from './types.ts';
export { ApiError, apiErrorOf, type Problem } from './problem.ts';
export type { components, paths } from './openapi.ts';
