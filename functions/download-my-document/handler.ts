// GET /v1/me/documents/{documentId}/download
import { makeDownloadMyDocument } from '../documents/index.ts';
import { httpRoute, lazyHandler, problems } from '../http/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';

const ports = {
  documents: build.documents,
  documentStorage: build.documentStorage,
  clock: build.clock,
  verifier: build.verifier,
};

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const downloadMyDocument = makeDownloadMyDocument(deps);
  return httpRoute(route, deps.verifier, async ({ caller, params }) => {
    const link = await downloadMyDocument(caller, params.documentId);
    // Another account's document is answered as an unknown one.
    if (!link) throw problems.notFound('No document of this account has this id.');
    return { status: 200, body: link };
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
