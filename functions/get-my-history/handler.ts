// GET /v1/me/history
import { evaluateLicence, historyOf } from '../../domain/licence-record/index.ts';
import { httpRoute, lazyHandler } from '../http/index.ts';
import { makeFindMyLicence } from '../motorist/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';

const ports = build.myLicence;

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const findMyLicence = makeFindMyLicence(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => {
    const { licence } = await findMyLicence(caller, { display: true });
    const today = deps.clock.today();
    const { timeline } = evaluateLicence(licence, today);
    return { status: 200, body: { items: historyOf(licence.facts, timeline, licence.corrections, today) } };
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
