import { problemResponses, type RouteSpec } from '../http/index.ts';

export const route = {
  operationId: 'deleteAccount',
  method: 'DELETE',
  path: '/v1/me',
  summary:
    'Delete the account, its licence link, its documents and its calendar feed (the licence record stays)',
  tags: ['motorist'],
  auth: 'motorist',
  responses: { 204: { description: 'Deleted' }, ...problemResponses(401, 403) },
} satisfies RouteSpec;
