// GET /v1/health
import { httpRoute } from '../http/index.ts';
import { apiEntry } from '../runtime/index.ts';
import { route } from './route.ts';

export const handler = apiEntry(
  httpRoute(route, undefined, async () => ({ status: 200, body: { status: 'ok' } })),
);
