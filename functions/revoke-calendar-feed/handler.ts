// DELETE /v1/me/calendar-feed
import { makeCalendars } from '../calendar-feeds/index.ts';
import { httpRoute, lazyHandler } from '../http/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';

const ports = build.myCalendar;

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const calendars = makeCalendars(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => {
    await calendars.unsubscribe(caller);
    return { status: 204 };
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
