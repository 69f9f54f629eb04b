import * as z from 'zod/mini';
import { problemResponses, type RouteSpec } from '../http/index.ts';
import { verificationAnswer, verifyParams, verifyQuery } from '../documents/index.ts';

const html = { contentType: 'text/html', schema: z.string() };

export const route = {
  operationId: 'verifyDocument',
  method: 'GET',
  path: '/v1/verify/{reference}',
  summary:
    'Check a RIR or RII: authentic if the reference and code match, with the licence status today; never the points. As a plain page when the client asks for text/html',
  tags: ['documents'],
  auth: 'public',
  params: verifyParams,
  query: verifyQuery,
  responses: {
    200: { description: 'Authentic', schema: verificationAnswer, alternatives: [html] },
    404: { ...problemResponses(404)[404]!, alternatives: [html] },
    ...problemResponses(400, 429),
  },
} satisfies RouteSpec;
