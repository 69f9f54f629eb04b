// Creates or replaces the registry's record of a licence. The facts already
// recorded stay: only the civil status, categories and starting point change.
import { checkRecord, type LicenceDetails, type LicenceRecord } from '../../domain/licence-record/index.ts';
import type { Clock } from '../adapters/clock.ts';
import type { StoredLicence } from '../adapters/licence-repository.ts';
import type { UpdateLicence } from '../licence-updates/index.ts';

export class InvalidRecordError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

export function makePutLicenceRecord({
  updateLicence,
  clock,
}: {
  updateLicence: UpdateLicence;
  clock: Clock;
}) {
  return async function putLicenceRecord(licenceNumber: string, details: LicenceDetails) {
    const today = clock.today();
    const { result, licence } = await updateLicence(licenceNumber, (current: StoredLicence | undefined) => {
      const record: LicenceRecord = {
        ...details,
        licenceNumber,
        facts: current?.facts ?? [],
        recordedUpTo: today,
      };
      const check = checkRecord(record, today);
      if (!check.ok)
        throw new InvalidRecordError(
          check.eventId ? `facts[${check.eventId}].${check.field}` : check.field,
          check.message,
        );
      return {
        kind: 'write',
        record,
        events: [{ type: 'LicenceRecorded', detail: { licenceNumber, created: current === undefined } }],
        result: { created: current === undefined },
      };
    });
    if (!licence) throw new Error('the licence write left no licence');
    return { created: result.created, licence };
  };
}
