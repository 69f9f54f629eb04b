import * as z from 'zod/mini';
import { problemResponses, type RouteSpec } from '../http/index.ts';
import { ALERTS_LISTED } from './use-case.ts';

export const myAlerts = z.object({
  items: z.array(
    z.object({
      sentAt: z.string().check(z.meta({ description: 'When it was sent (ISO 8601)' })),
      channel: z.enum(['email']),
      kind: z
        .string()
        .check(
          z.meta({ description: 'What it is about: letter-48M, points-restored, declared-link-displaced…' }),
        ),
      subject: z.string(),
      text: z.string(),
    }),
  ),
});

export const route = {
  operationId: 'listMyAlerts',
  method: 'GET',
  path: '/v1/me/alerts',
  summary: `The alerts the caller's account received in the last year, newest first (at most ${ALERTS_LISTED})`,
  tags: ['motorist'],
  auth: 'motorist',
  responses: { 200: { description: 'The alerts', schema: myAlerts }, ...problemResponses(401, 403) },
} satisfies RouteSpec;
