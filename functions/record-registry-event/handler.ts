// POST /v1/registry/licences/{licenceNumber}/events
import { HttpProblem, httpRoute, lazyHandler, problems } from '../http/index.ts';
import { LicenceBusyError, LicenceHistoryFullError, makeUpdateLicence } from '../licence-updates/index.ts';
import { licenceHistoryFull, licenceNumberFromPath } from '../registry/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';
import { makeRecordRegistryEvent, RegistryEventError } from './use-case.ts';

const ports = build.licenceWrites;

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const recordRegistryEvent = makeRecordRegistryEvent({
    updateLicence: makeUpdateLicence(deps),
    clock: deps.clock,
  });
  return httpRoute(route, deps.verifier, async ({ params, body }) => {
    const licenceNumber = licenceNumberFromPath(params.licenceNumber);
    try {
      const { outcome, statement } = await recordRegistryEvent(licenceNumber, body);
      return {
        status: outcome === 'recorded' ? 201 : 200,
        body: {
          eventId: body.eventId,
          licenceNumber,
          statement,
        },
      };
    } catch (error) {
      if (error instanceof LicenceHistoryFullError) throw licenceHistoryFull();
      // Other writers kept the licence busy until the invocation had to answer: nothing was written.
      if (error instanceof LicenceBusyError)
        throw new HttpProblem({
          status: 409,
          slug: 'licence-busy',
          title: 'Licence busy',
          detail: 'Other events were being recorded on this licence: send this one again.',
          headers: { 'retry-after': '1' },
        });
      if (!(error instanceof RegistryEventError)) throw error;
      if (error.reason === 'unknown-licence')
        throw problems.notFound('No licence record has this number: PUT the record first.');
      if (error.reason === 'conflicting-event') {
        throw problems.conflict(
          'event-id-reused',
          'Event id reused',
          'This eventId was already recorded with a different body.',
        );
      }
      if (error.reason === 'natinf-mismatch') {
        throw problems.unprocessable(
          'natinf-mismatch',
          { fr: 'NATINF incohérent', en: 'NATINF mismatch' },
          {
            fr: `Le code NATINF ne correspond pas à la classe et aux points du barème à la date de l’infraction (${error.message}).`,
            en: `The NATINF code does not agree with the catalogue's class and points on the offence date (${error.message}).`,
          },
          [{ path: error.field, code: 'natinf-mismatch', message: error.message }],
        );
      }
      throw problems.validation([{ path: error.field, message: error.message }]);
    }
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
