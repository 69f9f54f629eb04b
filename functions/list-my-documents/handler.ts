// GET /v1/me/documents
import { makeListMyDocuments } from '../documents/index.ts';
import { httpRoute, lazyHandler } from '../http/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';

const ports = { documents: build.documents, clock: build.clock, verifier: build.verifier };

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const listMyDocuments = makeListMyDocuments(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => ({
    status: 200,
    body: { items: await listMyDocuments(caller) },
  }));
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
