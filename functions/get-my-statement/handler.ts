// GET /v1/me/statement
import { httpRoute, lazyHandler } from '../http/index.ts';
import { makeFindMyLicence } from '../motorist/index.ts';
import { statementResponse } from '../registry/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';

const ports = build.myLicence;

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const findMyLicence = makeFindMyLicence(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => {
    const { licence, link } = await findMyLicence(caller);
    return {
      status: 200,
      body: {
        ...statementResponse(licence, deps.clock.today()),
        licence: { licenceNumber: licence.licenceNumber, format: licence.format, assurance: link.assurance },
        recordedUpTo: licence.recordedUpTo,
      },
    };
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
