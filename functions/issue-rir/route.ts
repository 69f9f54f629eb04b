import { problemResponses, type RouteSpec } from '../http/index.ts';
import { issuedDocument } from '../documents/index.ts';

export const route = {
  operationId: 'issueRir',
  method: 'POST',
  path: '/v1/me/documents/rir',
  summary:
    'Issue a signed restricted information statement (RIR): the right to drive and the categories, never the points',
  tags: ['documents'],
  auth: 'motorist',
  responses: {
    201: {
      description: 'Issued: the reference and code printed on it, and a 5-minute download link',
      schema: issuedDocument,
    },
    ...problemResponses(401, 403, 404, 429),
  },
} satisfies RouteSpec;
