// POST /v1/me/simulations: the statement as it would be with these infractions
// added. Nothing is stored.
import { toPointsCase } from '../../domain/licence-record/index.ts';
import { checkBuiltCase, computeStatement, type PointsEvent } from '../../domain/points/index.ts';
import { httpRoute, lazyHandler, problems } from '../http/index.ts';
import { makeFindMyLicence } from '../motorist/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';

const ports = build.myLicence;

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const findMyLicence = makeFindMyLicence(deps);
  return httpRoute(route, deps.verifier, async ({ caller, body }) => {
    const { licence } = await findMyLicence(caller);
    const asOf = body.asOf ?? deps.clock.today();
    const simulated: PointsEvent[] = body.infractions.map((infraction, index) => ({
      type: 'infraction',
      id: `simulation-${index + 1}`,
      ...infraction,
    }));
    const pointsCase = toPointsCase(licence, asOf, simulated);
    const parsed = checkBuiltCase(pointsCase);
    if (!parsed.ok) {
      // The simulated infractions come last: a problem in one is named by its place in the request's list.
      const simulatedIndex = parsed.event
        ? parsed.event.index - (pointsCase.events.length - simulated.length)
        : -1;
      const path =
        parsed.event && simulatedIndex >= 0
          ? `infractions[${simulatedIndex}].${parsed.event.field}`
          : parsed.field === 'asOf'
            ? 'asOf'
            : 'infractions';
      throw problems.validation([{ path, message: parsed.message }]);
    }
    return { status: 200, body: computeStatement(parsed.value) };
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
