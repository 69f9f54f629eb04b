// POST /v1/me/simulations: the statement as it would be with these infractions
// added. Nothing is stored.
import { toPointsCase } from '../../domain/licence-record/index.ts';
import { computeStatement, parsePointsCase, type PointsEvent } from '../../domain/points/index.ts';
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
    const parsed = parsePointsCase(JSON.parse(JSON.stringify(pointsCase)));
    if (!parsed.ok) {
      const match = /^events\[(\d+)\]\.?(.*)$/.exec(parsed.field);
      const simulatedIndex = match ? Number(match[1]) - (pointsCase.events.length - simulated.length) : -1;
      const path =
        match && simulatedIndex >= 0
          ? `infractions[${simulatedIndex}].${match[2]}`
          : parsed.field === 'asOf'
            ? 'asOf'
            : 'infractions';
      throw problems.validation([{ path, message: parsed.message }]);
    }
    return { status: 200, body: computeStatement(parsed.value) };
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
