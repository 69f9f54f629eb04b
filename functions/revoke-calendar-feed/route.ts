import { problemResponses, type RouteSpec } from '../http/index.ts';

export const route = {
  operationId: 'revokeCalendarFeed',
  method: 'DELETE',
  path: '/v1/me/calendar-feed',
  summary: 'Revoke the calendar subscription address: it stops working at once',
  tags: ['motorist'],
  auth: 'motorist',
  responses: { 204: { description: 'Revoked' }, ...problemResponses(401, 403) },
} satisfies RouteSpec;
