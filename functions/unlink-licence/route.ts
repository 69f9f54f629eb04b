import type { RouteSpec } from '../http/index.ts';
import { motoristProblems } from '../motorist/index.ts';

export const route = {
  operationId: 'unlinkLicence',
  method: 'DELETE',
  path: '/v1/me/licence',
  summary: 'Unlink the licence from the account (nothing happens when none is linked)',
  tags: ['motorist'],
  auth: 'motorist',
  responses: { 204: { description: 'Unlinked' }, ...motoristProblems },
} satisfies RouteSpec;
