import { problemResponses, type RouteSpec } from '../http/index.ts';
import { issuedDocument } from '../documents/index.ts';

export const route = {
  operationId: 'issueRii',
  method: 'POST',
  path: '/v1/me/documents/rii',
  summary:
    'Issue a signed full record (RII: points, history, courses, decisions), for accounts identified through FranceConnect only',
  tags: ['documents'],
  auth: 'motorist',
  responses: {
    201: { description: 'Issued, as the RIR', schema: issuedDocument },
    ...problemResponses(401, 403, 404, 429),
  },
} satisfies RouteSpec;
