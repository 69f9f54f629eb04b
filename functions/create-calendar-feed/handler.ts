// POST /v1/me/calendar-feed
import { makeSubscribeToCalendar } from '../calendar-feeds/index.ts';
import { httpRoute, lazyHandler } from '../http/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';

const ports = { ...build.myCalendar, publicUrl: build.publicUrl };

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const subscribeToCalendar = makeSubscribeToCalendar(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => ({
    status: 201,
    body: await subscribeToCalendar(caller),
  }));
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
