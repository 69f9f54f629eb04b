import { problemResponses, type RouteSpec, statementBody } from '../http/index.ts';
import { licenceNumberParams, statementQuery } from '../registry/index.ts';

export const route = {
  operationId: 'getRegistryStatement',
  method: 'GET',
  path: '/v1/registry/licences/{licenceNumber}/statement',
  summary: 'The points statement of a licence at a date (today by default)',
  tags: ['registry'],
  auth: 'registry',
  params: licenceNumberParams,
  query: statementQuery,
  responses: {
    200: {
      description: 'The statement',
      schema: statementBody,
      headers: { etag: 'Changes with the record and the day asked' },
    },
    ...problemResponses(400, 401, 403, 404),
  },
} satisfies RouteSpec;
