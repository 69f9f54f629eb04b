import type * as z from 'zod/mini';
import { problemResponses, type RouteSpec } from '../http/index.ts';
import {
  licenceNumberParams,
  registryEventBody,
  registryEventResponse,
  registryProblems,
} from '../registry/index.ts';

export const route = {
  operationId: 'recordRegistryEvent',
  method: 'POST',
  path: '/v1/registry/licences/{licenceNumber}/events',
  summary: 'Record one established infraction, course or decision (idempotent on eventId)',
  tags: ['registry'],
  auth: 'registry',
  params: licenceNumberParams,
  body: registryEventBody,
  responses: {
    200: {
      description: 'The same event was already recorded with the same body',
      schema: registryEventResponse,
    },
    201: { description: 'Recorded', schema: registryEventResponse },
    ...registryProblems,
    ...problemResponses(404, 409, 422),
  },
} satisfies RouteSpec;

export type RegistryEventBody = z.infer<typeof registryEventBody>;
