// POST /v1/me/documents/rii
import { issueHandler } from '../issue-document/index.ts';
import { lazyHandler } from '../http/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';

const ports = build.documentIssuing;

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  return issueHandler(route, 'rii', deps);
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
