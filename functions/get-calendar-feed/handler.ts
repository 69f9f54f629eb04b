// GET /v1/calendar/{feedToken}.ics
import { makeCalendars } from '../calendar-feeds/index.ts';
import { httpRoute, lazyHandler, problems } from '../http/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';

const ports = {
  accounts: build.accounts,
  licences: build.licences,
  calendarFeeds: build.calendarFeeds,
  clock: build.clock,
};

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const calendars = makeCalendars(deps);
  return httpRoute(route, undefined, async ({ params }) => {
    const calendar = await calendars.feed(params.feedFile.slice(0, -'.ics'.length));
    if (calendar === undefined) throw problems.notFound();
    return {
      status: 200,
      contentType: 'text/calendar; charset=utf-8',
      // Calendar apps poll; the answer is private to whoever holds the address.
      headers: { 'cache-control': 'private, max-age=3600', 'referrer-policy': 'no-referrer' },
      body: calendar,
    };
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
