// GET /v1/openapi.json
import { httpRoute } from '../http/route.ts';
import { httpRoutes } from '../routes.ts';
import { openApiDocument } from './document.ts';
import { apiEntry } from '../runtime/index.ts';
import { route } from './route.ts';

const document = openApiDocument(httpRoutes.map((entry) => entry.spec));

export const handler = apiEntry(httpRoute(route, undefined, async () => ({ status: 200, body: document })));
