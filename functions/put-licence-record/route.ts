import {
  licenceNumberParams,
  licenceRecordBody,
  registryLicenceResponse,
  registryProblems,
} from '../registry/index.ts';
import type { RouteSpec } from '../http/route.ts';

export const route = {
  operationId: 'putLicenceRecord',
  method: 'PUT',
  path: '/v1/registry/licences/{licenceNumber}',
  summary: 'Create or replace a licence record (its facts are kept)',
  tags: ['registry'],
  auth: 'registry',
  params: licenceNumberParams,
  body: licenceRecordBody,
  responses: {
    200: { description: 'Replaced', schema: registryLicenceResponse },
    201: { description: 'Created', schema: registryLicenceResponse },
    ...registryProblems,
  },
} satisfies RouteSpec;
