import * as z from 'zod/mini';
import { problemResponses, type RouteSpec } from '../http/index.ts';

export const route = {
  operationId: 'getCalendarFeed',
  method: 'GET',
  // API Gateway path variables are whole segments: `{feedFile}` is `<feedToken>.ics`.
  path: '/v1/calendar/{feedFile}',
  summary: 'The subscribed calendar of upcoming recoveries (no Authorization: the address is the secret)',
  tags: ['motorist'],
  auth: 'public',
  params: z.object({
    feedFile: z
      .string()
      .check(
        z.regex(/^[A-Za-z0-9_-]{22}\.ics$/, 'must be a calendar feed address'),
        z.meta({ description: 'The feed token followed by .ics' }),
      ),
  }),
  responses: {
    200: {
      description: 'The calendar, current at this fetch',
      contentType: 'text/calendar',
      schema: z.string(),
    },
    ...problemResponses(400, 404),
  },
} satisfies RouteSpec;
