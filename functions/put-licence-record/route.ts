import {
  licenceNumberParams,
  licenceRecordBody,
  registryLicenceResponse,
  registryProblems,
} from '../registry/index.ts';
import { problemResponses, type RouteSpec } from '../http/index.ts';

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
    200: {
      description: 'Replaced',
      schema: registryLicenceResponse,
      headers: { etag: 'The version of the record, for If-Match' },
    },
    201: {
      description: 'Created',
      schema: registryLicenceResponse,
      headers: { etag: 'The version of the record, for If-Match' },
    },
    ...registryProblems,
    ...problemResponses(412, 422),
  },
} satisfies RouteSpec;
