import type { RouteSpec } from '../http/index.ts';
import { meResponse, motoristProblems } from '../motorist/index.ts';

export const route = {
  operationId: 'getMe',
  method: 'GET',
  path: '/v1/me',
  summary: 'Who the caller is and which licence is linked to the account',
  tags: ['motorist'],
  auth: 'motorist',
  responses: { 200: { description: 'The account', schema: meResponse }, ...motoristProblems },
} satisfies RouteSpec;
