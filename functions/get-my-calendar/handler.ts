// GET /v1/me/calendar.ics
import { makeCalendars } from '../calendar-feeds/index.ts';
import { httpRoute, lazyHandler } from '../http/route.ts';
import { awsDependencies, type Dependencies } from '../runtime/dependencies.ts';
import { route } from './route.ts';

export function makeHandler(deps: Dependencies) {
  const calendars = makeCalendars(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => ({
    status: 200,
    contentType: 'text/calendar; charset=utf-8',
    headers: { 'content-disposition': 'attachment; filename="mes-points.ics"' },
    body: await calendars.calendarOf(caller),
  }));
}

export const handler = lazyHandler(() => makeHandler(awsDependencies()));
