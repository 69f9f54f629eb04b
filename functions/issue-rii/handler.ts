// POST /v1/me/documents/rii
import { issueHandler } from '../issue-document/index.ts';
import { lazyHandler } from '../http/route.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
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
  return issueHandler(route, 'rii', deps);
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
