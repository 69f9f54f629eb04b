// POST /v1/me/documents/rii
import { issueHandler } from '../issue-document/index.ts';
import { lazyHandler } from '../http/route.ts';
import { awsDependencies, type Dependencies } from '../runtime/dependencies.ts';
import { route } from './route.ts';

export function makeHandler(deps: Dependencies) {
  return issueHandler(route, 'rii', deps);
}

export const handler = lazyHandler(() => makeHandler(awsDependencies()));
