// GET /v1/me/history
import { evaluateLicence, historyOf } from '../../domain/licence-record/index.ts';
import { httpRoute, lazyHandler } from '../http/route.ts';
import { makeFindMyLicence } from '../motorist/index.ts';
import { awsDependencies, type Dependencies } from '../runtime/dependencies.ts';
import { route } from './route.ts';

export function makeHandler(deps: Dependencies) {
  const findMyLicence = makeFindMyLicence(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => {
    const { licence } = await findMyLicence(caller, { display: true });
    const today = deps.clock.today();
    const { timeline } = evaluateLicence(licence, today);
    return { status: 200, body: { items: historyOf(licence.facts, timeline, licence.corrections, today) } };
  });
}

export const handler = lazyHandler(() => makeHandler(awsDependencies()));
