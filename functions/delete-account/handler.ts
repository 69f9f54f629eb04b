// DELETE /v1/me
import { httpRoute, lazyHandler } from '../http/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';
import { makeDeleteAccount } from './use-case.ts';

const ports = {
  accounts: build.accounts,
  alertLog: build.alertLog,
  calendarFeeds: build.calendarFeeds,
  documents: build.documents,
  documentStorage: build.documentStorage,
  verifier: build.verifier,
};

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const deleteAccount = makeDeleteAccount(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => {
    await deleteAccount(caller);
    return { status: 204 };
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
