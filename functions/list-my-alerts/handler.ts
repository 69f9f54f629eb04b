// GET /v1/me/alerts
import { httpRoute, lazyHandler } from '../http/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { ALERTS_LISTED, route } from './route.ts';

const ports = { alertLog: build.alertLog, clock: build.clock, verifier: build.verifier };

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  return httpRoute(route, deps.verifier, async ({ caller }) => ({
    status: 200,
    body: { items: await deps.alertLog.list(caller.accountId, deps.clock.now(), ALERTS_LISTED) },
  }));
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
