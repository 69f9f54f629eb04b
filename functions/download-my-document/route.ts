import { problemResponses, type RouteSpec } from '../http/index.ts';
import { documentIdParams, downloadLink } from '../documents/index.ts';

export const route = {
  operationId: 'downloadMyDocument',
  method: 'GET',
  path: '/v1/me/documents/{documentId}/download',
  summary: "A 5-minute download link to one of the caller's documents",
  tags: ['documents'],
  auth: 'motorist',
  params: documentIdParams,
  responses: {
    200: { description: 'The link', schema: downloadLink },
    ...problemResponses(400, 401, 403, 404),
  },
} satisfies RouteSpec;
