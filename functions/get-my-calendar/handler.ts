// GET /v1/me/calendar.ics
import { createHash } from 'node:crypto';
import { httpRoute, lazyHandler } from '../http/route.ts';
import { makeFindMyLicence } from '../motorist/index.ts';
import { statementResponse } from '../registry/index.ts';
import { awsDependencies, type Dependencies } from '../runtime/dependencies.ts';
import { upcomingCalendar } from './calendar.ts';
import { route } from './route.ts';

export function makeHandler(deps: Dependencies) {
  const findMyLicence = makeFindMyLicence(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => {
    const { licence } = await findMyLicence(caller);
    const { upcoming } = statementResponse(licence, deps.clock.today());
    // Event ids must be stable between downloads but must not reveal the licence number.
    const uidSeed = createHash('sha256').update(licence.licenceNumber).digest('hex').slice(0, 16);
    return {
      status: 200,
      contentType: 'text/calendar; charset=utf-8',
      headers: { 'content-disposition': 'attachment; filename="mes-points.ics"' },
      body: upcomingCalendar(upcoming, uidSeed),
    };
  });
}

export const handler = lazyHandler(() => makeHandler(awsDependencies()));
