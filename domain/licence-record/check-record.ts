// Checks a licence record with all its facts the way the engine reads them, so
// the registry refuses at the door anything the statement could not compute.
import type { CalendarDate } from '../calendar/index.ts';
import { checkBuiltCase } from '../points/index.ts';
import { toPointsCase, type LicenceRecord } from './licence-record.ts';

export type RecordCheck = { ok: true } | { ok: false; field: string; message: string; eventId?: string };

const licenceFields: Record<string, string> = {
  'licence.obtainedOn': 'obtainedOn',
  'licence.probation': 'probation',
  'licence.complementaryTraining': 'complementaryTraining',
  'licence.balanceKnownOn': 'balanceKnownOn',
  'licence.initialBalance': 'initialBalance',
  asOf: 'obtainedOn',
};

export function checkRecord(
  record: Pick<LicenceRecord, 'facts'> & Parameters<typeof toPointsCase>[0],
  today: CalendarDate,
): RecordCheck {
  const pointsCase = toPointsCase(record, today);
  const result = checkBuiltCase(pointsCase);
  if (result.ok) return { ok: true };
  if (result.event) {
    const event = pointsCase.events[result.event.index];
    return {
      ok: false,
      field: result.event.field || 'eventId',
      message: result.message,
      ...(event ? { eventId: event.id } : {}),
    };
  }
  return { ok: false, field: licenceFields[result.field] ?? result.field, message: result.message };
}
