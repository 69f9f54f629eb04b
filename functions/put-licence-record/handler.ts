// PUT /v1/registry/licences/{licenceNumber}
import { problems } from '../http/problem.ts';
import { httpRoute, lazyHandler } from '../http/route.ts';
import { LicenceHistoryFullError, makeUpdateLicence } from '../licence-updates/index.ts';
import { expectedVersion, licenceHistoryFull, licenceNumberFromPath, versionTag } from '../registry/index.ts';
import { awsDependencies, type Dependencies } from '../runtime/dependencies.ts';
import { route } from './route.ts';
import { InvalidRecordError, makePutLicenceRecord, StaleVersionError } from './use-case.ts';

export function makeHandler(deps: Dependencies) {
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

export const handler = lazyHandler(() => makeHandler(awsDependencies()));
