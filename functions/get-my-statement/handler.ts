// GET /v1/me/statement
import { httpRoute, lazyHandler } from '../http/route.ts';
import { makeFindMyLicence } from '../motorist/index.ts';
import { statementResponse } from '../registry/index.ts';
import { awsDependencies, type Dependencies } from '../runtime/dependencies.ts';
import { route } from './route.ts';

export function makeHandler(deps: Dependencies) {
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

export const handler = lazyHandler(() => makeHandler(awsDependencies()));
