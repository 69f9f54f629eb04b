// PUT /v1/registry/licences/{licenceNumber}
import { httpRoute, lazyHandler, problems } from '../http/index.ts';
import { LicenceHistoryFullError, makeUpdateLicence } from '../licence-updates/index.ts';
import { expectedVersion, licenceHistoryFull, licenceNumberFromPath, versionTag } from '../registry/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';
import { InvalidRecordError, makePutLicenceRecord, StaleVersionError } from './use-case.ts';

const ports = build.licenceWrites;

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const putLicenceRecord = makePutLicenceRecord({
    updateLicence: makeUpdateLicence(deps),
    clock: deps.clock,
  });
  return httpRoute(route, deps.verifier, async ({ params, body, event }) => {
    const licenceNumber = licenceNumberFromPath(params.licenceNumber, body.format);
    try {
      const expected = expectedVersion(event.headers['if-match']);
      const { created, licence: stored, statement } = await putLicenceRecord(licenceNumber, body, expected);
      return {
        status: created ? 201 : 200,
        headers: { etag: versionTag(stored.version) },
        body: {
          licenceNumber,
          version: stored.version,
          recordedUpTo: stored.recordedUpTo,
          statement,
        },
      };
    } catch (error) {
      if (error instanceof StaleVersionError) throw problems.preconditionFailed();
      if (error instanceof LicenceHistoryFullError) throw licenceHistoryFull();
      if (error instanceof InvalidRecordError)
        throw problems.validation([{ path: error.field, message: error.message }]);
      throw error;
    }
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
