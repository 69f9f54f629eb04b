// Records one fact established by the authority on a licence. Idempotent on
// eventId: the same body again changes nothing, another body is a conflict.
import { createHash } from 'node:crypto';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import {
  checkRecord,
  type LicenceEvaluation,
  type RegistryEvent,
} from '../../domain/licence-record/index.ts';
import { findByNatinf } from '../../domain/catalogue/index.ts';
import type { ReturnRule, Statement, TimelineChange } from '../../domain/points/index.ts';
import type { Clock } from '../adapters/clock.ts';
import type { StoredLicence } from '../adapters/licence-repository.ts';
import type { PendingEvent, UpdateLicence } from '../licence-updates/index.ts';
import { statementResponse } from '../registry/statement-response.ts';

export type RecordOutcome = 'recorded' | 'already-recorded';

export class RegistryEventError extends Error {
  readonly reason: 'unknown-licence' | 'conflicting-event' | 'invalid' | 'natinf-mismatch';
  readonly field: string;
  constructor(reason: RegistryEventError['reason'], field: string, message: string) {
    super(message);
    this.reason = reason;
    this.field = field;
  }
}

/** A stable fingerprint of the body: key order and absent optional fields do not matter. */
export function bodyHash(body: object): string {
  const canonical = (value: unknown): unknown =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, v]) => [k, canonical(v)]),
        )
      : value;
  return createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('base64url');
}

/** The first date of the event that is out of order or in the future, with what is wrong with it. */
function misdatedField(
  event: RegistryEvent,
  today: CalendarDate,
): { field: string; message: string } | undefined {
  const future = (field: string) => ({ field, message: 'must not be in the future' });
  if (event.type === 'infraction') {
    if (event.offenceDate > event.establishedOn)
      return { field: 'establishedOn', message: 'must not be before offenceDate' };
    if (event.establishedOn > today) return future('establishedOn');
  } else if (event.type === 'course') {
    if (event.startedOn > event.endedOn) return { field: 'endedOn', message: 'must not be before startedOn' };
    if (event.endedOn > today) return future('endedOn');
  } else if (event.until !== undefined && event.until < event.from) {
    return { field: 'until', message: 'must not be before from' };
  }
  return undefined;
}

/** An infraction whose NATINF code the catalogue knows must carry that code's class and points on its date. */
function natinfMismatch(event: RegistryEvent): { field: string; message: string } | undefined {
  if (event.type !== 'infraction' || event.natinf === undefined) return undefined;
  const known = findByNatinf(event.natinf, event.offenceDate);
  if (!known) return undefined;
  if (known.class !== event.class)
    return {
      field: 'class',
      message: `NATINF ${event.natinf} is class ${known.class} on ${event.offenceDate}`,
    };
  if (known.points !== event.points)
    return {
      field: 'points',
      message: `NATINF ${event.natinf} costs ${known.points} points on ${event.offenceDate}`,
    };
  return undefined;
}

/** When an infraction's points come back if nothing new is known: its own returns, and the next full restoration. */
function returnsOf(projection: TimelineChange[], eventId: string) {
  const fullRestoration = projection.find((change) => change.kind === 'full-restoration');
  return projection
    .filter(
      (change) =>
        change.points > 0 &&
        (change === fullRestoration ||
          (change.eventId === eventId && (change.kind === 'six-month' || change.kind === 'ten-year'))),
    )
    .map(({ date, kind, points, balanceAfter }) => ({
      date,
      rule: kind as ReturnRule,
      points,
      balanceAfter,
    }));
}

export function makeRecordRegistryEvent({
  updateLicence,
  clock,
}: {
  updateLicence: UpdateLicence;
  clock: Clock;
}) {
  return async function recordRegistryEvent(
    licenceNumber: string,
    event: RegistryEvent & { eventId: string },
  ): Promise<{ outcome: RecordOutcome; licence: StoredLicence; statement: Statement }> {
    const today = clock.today();
    const misdated = misdatedField(event, today);
    if (misdated) throw new RegistryEventError('invalid', misdated.field, misdated.message);
    const mismatch = natinfMismatch(event);
    if (mismatch) throw new RegistryEventError('natinf-mismatch', mismatch.field, mismatch.message);
    const hash = bodyHash(event);
    const { result, licence, evaluation } = await updateLicence(licenceNumber, (current) => {
      if (!current)
        throw new RegistryEventError(
          'unknown-licence',
          'licenceNumber',
          'no licence record with this number',
        );
      const existing = current.facts.find((fact) => fact.eventId === event.eventId);
      if (existing) {
        if (existing.bodyHash !== hash)
          throw new RegistryEventError(
            'conflicting-event',
            'eventId',
            'this eventId was recorded with another body',
          );
        return { kind: 'none', result: 'already-recorded' as const };
      }
      const fact = { ...event, bodyHash: hash, recordedOn: today };
      const record = { ...current, facts: [...current.facts, fact], recordedUpTo: today };
      const check = checkRecord(record, today);
      if (!check.ok)
        throw new RegistryEventError(
          'invalid',
          check.eventId === event.eventId ? check.field : `licence.${check.field}`,
          check.message,
        );
      const events = ({
        statement,
        letters: due,
        timeline,
        projection,
      }: LicenceEvaluation): PendingEvent[] => {
        if (event.type === 'infraction') {
          const letters = due.filter((letter) => letter.infractionIds.includes(event.eventId));
          const withdrawal = timeline.find(
            (change) => change.kind === 'withdrawal' && change.eventId === event.eventId,
          );
          const withdrawn = 0 - (withdrawal?.points ?? 0);
          const detail = {
            licenceNumber,
            eventId: event.eventId,
            offenceDate: event.offenceDate,
            establishedOn: event.establishedOn,
            points: event.points,
            withdrawn,
            class: event.class,
            ...(event.natinf === undefined ? {} : { natinf: event.natinf }),
            ...(event.label === undefined ? {} : { label: event.label }),
            balance: statement.balance,
            letters,
            returns: returnsOf(projection, event.eventId),
          };
          return [{ type: 'InfractionRecorded', detail }];
        }
        if (event.type === 'course') {
          return [
            {
              type: 'CourseRecorded',
              detail: {
                licenceNumber,
                eventId: event.eventId,
                endedOn: event.endedOn,
                balance: statement.balance,
              },
            },
          ];
        }
        return [
          {
            type: 'DecisionRecorded',
            detail: { licenceNumber, eventId: event.eventId, decision: event.decision, from: event.from },
          },
        ];
      };
      return { kind: 'write', record, events, result: 'recorded' as const };
    });
    if (!licence) throw new Error('the event write left no licence');
    // The statement of the write's own evaluation: the engine runs once per write.
    return {
      outcome: result,
      licence,
      statement: evaluation?.statement ?? statementResponse(licence, today),
    };
  };
}
