// Public face of web/src/api: the typed client, the routes still pending in the contract, errors.
export { makeApiClient, type ApiClient, type RequestContext } from './client.ts';
export { makePendingApi, type PendingApi } from './pending-contract.ts';
export type * from './pending-contract.ts';
export { ApiError, apiErrorOf, type Problem } from './problem.ts';
export type { components, paths } from './openapi.ts';
