// GET /v1/me/documents
import { makeListMyDocuments } from '../documents/index.ts';
import { httpRoute, lazyHandler } from '../http/route.ts';
import { awsDependencies, type Dependencies } from '../runtime/dependencies.ts';
import { route } from './route.ts';

export function makeHandler(deps: Dependencies) {
  const listMyDocuments = makeListMyDocuments(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => ({
    status: 200,
    body: { items: await listMyDocuments(caller) },
  }));
}

export const handler = lazyHandler(() => makeHandler(awsDependencies()));
