// DELETE /v1/me/calendar-feed
import { makeCalendars } from '../calendar-feeds/index.ts';
import { httpRoute, lazyHandler } from '../http/route.ts';
import { awsDependencies, type Dependencies } from '../runtime/dependencies.ts';
import { route } from './route.ts';

export function makeHandler(deps: Dependencies) {
  const calendars = makeCalendars(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => {
    await calendars.unsubscribe(caller);
    return { status: 204 };
  });
}

export const handler = lazyHandler(() => makeHandler(awsDependencies()));
