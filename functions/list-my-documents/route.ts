import { problemResponses, type RouteSpec } from '../http/index.ts';
import { myDocuments } from '../documents/index.ts';

export const route = {
  operationId: 'listMyDocuments',
  method: 'GET',
  path: '/v1/me/documents',
  summary: "The caller's documents, newest first: reference, validity and status",
  tags: ['documents'],
  auth: 'motorist',
  responses: { 200: { description: 'The documents', schema: myDocuments }, ...problemResponses(401, 403) },
} satisfies RouteSpec;
