import { z } from 'zod';
import type { RouteSpec } from '../http/route.ts';

export const route = {
  operationId: 'getOpenApi',
  method: 'GET',
  path: '/v1/openapi.json',
  summary: 'This document',
  tags: ['public'],
  auth: 'public',
  responses: {
    200: {
      description: 'The OpenAPI 3.1 document of every route',
      schema: z.object({ openapi: z.string() }).passthrough(),
    },
  },
} satisfies RouteSpec;
