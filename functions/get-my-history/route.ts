import type { RouteSpec } from '../http/index.ts';
import { historyResponse, motoristProblems } from '../motorist/index.ts';

export const route = {
  operationId: 'getMyHistory',
  method: 'GET',
  path: '/v1/me/history',
  summary:
    "Infractions, restorations, courses, decisions and corrections of the caller's licence, newest first",
  tags: ['motorist'],
  auth: 'motorist',
  responses: { 200: { description: 'The history', schema: historyResponse }, ...motoristProblems },
} satisfies RouteSpec;
