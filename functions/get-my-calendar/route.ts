import * as z from 'zod/mini';
import type { RouteSpec } from '../http/index.ts';
import { motoristProblems } from '../motorist/index.ts';

export const route = {
  operationId: 'getMyCalendar',
  method: 'GET',
  path: '/v1/me/calendar.ics',
  summary: 'The upcoming recoveries as an iCalendar file',
  tags: ['motorist'],
  auth: 'motorist',
  responses: {
    200: {
      description: 'One all-day event per upcoming recovery',
      contentType: 'text/calendar',
      schema: z.string(),
    },
    ...motoristProblems,
  },
} satisfies RouteSpec;
