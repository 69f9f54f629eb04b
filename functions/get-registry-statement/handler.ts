// GET /v1/registry/licences/{licenceNumber}/statement?asOf=
import { httpRoute, lazyHandler, problems } from '../http/index.ts';
import { licenceNumberFromPath, statementResponse } from '../registry/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';

const ports = { licences: build.licences, clock: build.clock, verifier: build.verifier };

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  return httpRoute(route, deps.verifier, async ({ params, query }) => {
    const licence = await deps.licences.get(licenceNumberFromPath(params.licenceNumber));
    if (!licence) throw problems.notFound('No licence record has this number.');
    const asOf = query.asOf ?? deps.clock.today();
    if (asOf < licence.obtainedOn)
      throw problems.validation([{ path: 'asOf', message: 'must not be before the licence was obtained' }]);
    // The statement depends on the record's version and the day asked.
    return {
      status: 200,
      headers: { etag: `"${licence.version}-${asOf}"` },
      body: statementResponse(licence, asOf),
    };
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
