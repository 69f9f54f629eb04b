import * as z from 'zod/mini';
import type { RouteSpec } from '../http/index.ts';

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
      schema: z.looseObject({ openapi: z.string() }),
    },
  },
} satisfies RouteSpec;
