// POST /franceconnect/logout: the bridge's logout step, for the motorists' apps (not part of /v1: the
// bridge sits beside the API, where the user pool's FranceConnect settings point).
import * as z from 'zod/mini';
import { problemResponses, type RouteSpec } from '../http/index.ts';

export const logoutRoute = {
  operationId: 'franceConnectLogout',
  method: 'POST',
  path: '/franceconnect/logout',
  summary: "FranceConnect's logout address for the caller's own FranceConnect session",
  tags: ['franceconnect'],
  auth: 'motorist',
  body: z.strictObject({
    postLogoutRedirectUri: z.string().check(
      z.meta({
        description: 'Where FranceConnect sends the browser back: one of the addresses registered for it',
      }),
    ),
  }),
  responses: {
    200: {
      description: 'Send the browser to `url`; FranceConnect comes back with `state`, which the app checks',
      schema: z.object({ url: z.string(), state: z.string() }),
    },
    204: { description: 'No FranceConnect session to end: go on with the user pool’s logout' },
    ...problemResponses(400, 401, 403, 415),
  },
} satisfies RouteSpec;
