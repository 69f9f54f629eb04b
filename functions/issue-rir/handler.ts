// POST /v1/me/documents/rir
import { issueHandler } from '../issue-document/index.ts';
import { lazyHandler } from '../http/route.ts';
import { apiEntry, build, buildDependencies, type DependenciesOf } from '../runtime/index.ts';
import { route } from './route.ts';

const ports = {
  accounts: build.accounts,
  licences: build.licences,
  attempts: build.attempts,
  clock: build.clock,
  documents: build.documents,
  documentStorage: build.documentStorage,
  documentRenderer: build.documentRenderer,
  publicUrl: build.publicUrl,
  documentValidityMonths: build.documentValidityMonths,
  verifier: build.verifier,
};

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  return issueHandler(route, 'rir', deps);
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
