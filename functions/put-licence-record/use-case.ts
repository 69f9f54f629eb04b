// Creates or replaces the registry's record of a licence. The facts already
// recorded stay: only the civil status, categories and starting point change.
import { checkRecord, type LicenceDetails, type LicenceRecord } from '../../domain/licence-record/index.ts';
import type { Clock } from '../adapters/clock.ts';
import type { StoredLicence } from '../adapters/licence-repository.ts';
import type { UpdateLicence } from '../licence-updates/index.ts';
import { statementResponse } from '../registry/statement-response.ts';

export class InvalidRecordError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/** The record changed since the version the writer read (If-Match): nothing is written. */
export class StaleVersionError extends Error {}

export function makePutLicenceRecord({
  updateLicence,
  clock,
}: {
  updateLicence: UpdateLicence;
  clock: Clock;
}) {
  /** `expectedVersion` (from If-Match) guards against a replayed older write; 0 means "must not exist yet". */
  return async function putLicenceRecord(
    licenceNumber: string,
    details: LicenceDetails,
    expectedVersion?: number,
  ) {
    const today = clock.today();
    const written = await updateLicence(licenceNumber, (current: StoredLicence | undefined) => {
      if (expectedVersion !== undefined && (current?.version ?? 0) !== expectedVersion)
        throw new StaleVersionError();
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
    const { result, licence, evaluation } = written;
    if (!licence) throw new Error('the licence write left no licence');
    // The statement of the write's own evaluation: the engine runs once per write.
    return {
      created: result.created,
      licence,
      statement: evaluation?.statement ?? statementResponse(licence, today),
    };
  };
}
