import * as z from 'zod/mini';
import type { RouteSpec } from '../http/index.ts';

export const route = {
  operationId: 'getHealth',
  method: 'GET',
  path: '/v1/health',
  summary: 'Liveness',
  tags: ['public'],
  auth: 'public',
  responses: { 200: { description: 'Up', schema: z.object({ status: z.literal('ok') }) } },
} satisfies RouteSpec;
