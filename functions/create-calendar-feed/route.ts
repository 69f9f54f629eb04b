import * as z from 'zod/mini';
import { problemResponses, type RouteSpec } from '../http/index.ts';

export const calendarFeed = z.object({
  url: z
    .string()
    .check(z.meta({ description: 'The secret subscription address (https), for calendar apps' })),
  webcalUrl: z.string().check(z.meta({ description: 'The same address as a webcal: link (Apple Calendar)' })),
});

export const route = {
  operationId: 'createCalendarFeed',
  method: 'POST',
  path: '/v1/me/calendar-feed',
  summary: 'A new secret calendar subscription address; the previous one stops working',
  tags: ['motorist'],
  auth: 'motorist',
  responses: { 201: { description: 'Created', schema: calendarFeed }, ...problemResponses(401, 403, 404) },
} satisfies RouteSpec;
