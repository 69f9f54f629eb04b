// GET /v1/openapi.json
import { httpRoute } from '../http/index.ts';
import { httpRoutes } from '../routes.ts';
import { oauthEndpointsAt, openApiDocument } from './document.ts';
import { apiEntry } from '../runtime/index.ts';
import { route } from './route.ts';

// The OAuth 2 token URLs are the user pool's own, absolute: USER_POOL_DOMAIN_URL is the pool's domain, set by infra
// (Cognito's) and by the local runtime (the local pool's). The document is built once per domain.
const documents = new Map<string, Record<string, unknown>>();
function documentFor(domainUrl: string | undefined): Record<string, unknown> {
  if (!domainUrl) throw new Error('missing environment variable USER_POOL_DOMAIN_URL');
  const built =
    documents.get(domainUrl) ??
    openApiDocument(
      httpRoutes.map((entry) => entry.spec),
      '/',
      oauthEndpointsAt(domainUrl),
    );
  documents.set(domainUrl, built);
  return built;
}

export const handler = apiEntry(
  httpRoute(route, undefined, async () => ({
    status: 200,
    body: documentFor(process.env.USER_POOL_DOMAIN_URL),
  })),
);
