import type { RouteSpec } from '../http/index.ts';
import { motoristProblems, myStatementResponse } from '../motorist/index.ts';

export const route = {
  operationId: 'getMyStatement',
  method: 'GET',
  path: '/v1/me/statement',
  summary: "Today's points statement of the caller's licence",
  tags: ['motorist'],
  auth: 'motorist',
  responses: { 200: { description: 'The statement', schema: myStatementResponse }, ...motoristProblems },
} satisfies RouteSpec;
