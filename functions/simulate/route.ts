import { problemResponses, type RouteSpec, statementBody } from '../http/index.ts';
import { simulationBody } from '../motorist/index.ts';

export const route = {
  operationId: 'simulate',
  method: 'POST',
  path: '/v1/me/simulations',
  summary: 'The statement as it would be with these infractions added (nothing is stored)',
  tags: ['motorist'],
  auth: 'motorist',
  body: simulationBody,
  responses: {
    200: { description: 'The simulated statement', schema: statementBody },
    ...problemResponses(400, 401, 403, 404, 413, 415),
  },
} satisfies RouteSpec;
