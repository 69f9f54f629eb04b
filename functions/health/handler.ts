// GET /v1/health
import { httpRoute } from '../http/route.ts';
import { route } from './route.ts';

export const handler = httpRoute(route, undefined, async () => ({ status: 200, body: { status: 'ok' } }));
