// GET /v1/me/alerts
import { httpRoute, lazyHandler } from '../http/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';
import { makeListMyAlerts } from './use-case.ts';

const ports = { alertLog: build.alertLog, clock: build.clock, verifier: build.verifier };

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const listMyAlerts = makeListMyAlerts(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => ({
    status: 200,
    body: { items: await listMyAlerts(caller) },
  }));
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
