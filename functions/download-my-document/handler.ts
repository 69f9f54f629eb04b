// GET /v1/me/documents/{documentId}/download
import { makeDownloadMyDocument } from '../documents/index.ts';
import { problems } from '../http/problem.ts';
import { httpRoute, lazyHandler } from '../http/route.ts';
import { awsDependencies, type Dependencies } from '../runtime/dependencies.ts';
import { route } from './route.ts';

export function makeHandler(deps: Dependencies) {
  const downloadMyDocument = makeDownloadMyDocument(deps);
  return httpRoute(route, deps.verifier, async ({ caller, params }) => {
    const link = await downloadMyDocument(caller, params.documentId);
    // Another account's document is answered as an unknown one.
    if (!link) throw problems.notFound('No document of this account has this id.');
    return { status: 200, body: link };
  });
}

export const handler = lazyHandler(() => makeHandler(awsDependencies()));
