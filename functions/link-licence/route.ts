import * as z from 'zod/mini';
import { problemResponses, type RouteSpec, warnings } from '../http/index.ts';
import { linkedLicence, linkLicenceBody } from '../motorist/index.ts';

export const route = {
  operationId: 'linkLicence',
  method: 'PUT',
  path: '/v1/me/licence',
  summary: "Link the caller's licence to the account",
  tags: ['motorist'],
  auth: 'motorist',
  body: linkLicenceBody,
  responses: {
    200: { description: 'Linked', schema: z.extend(linkedLicence, { warnings: z.optional(warnings) }) },
    ...problemResponses(400, 401, 403, 409, 413, 415, 422, 429),
  },
} satisfies RouteSpec;
