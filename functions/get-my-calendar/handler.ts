// GET /v1/me/calendar.ics
import { makeCalendars } from '../calendar-feeds/index.ts';
import { httpRoute, lazyHandler } from '../http/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';

const ports = build.myCalendar;

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const calendars = makeCalendars(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => ({
    status: 200,
    contentType: 'text/calendar; charset=utf-8',
    headers: { 'content-disposition': 'attachment; filename="mes-points.ics"' },
    body: await calendars.calendarOf(caller),
  }));
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
