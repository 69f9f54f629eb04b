// The one write path of a licence, shared by the registry routes and the daily
// job: read, change the facts (or not), recompute everything from the facts with
// the domain engine, and write back with a version check; on a conflict, start
// again from the newer item. Events go out through the item's outbox.
import type { CalendarDate } from '../../domain/calendar/index.ts';
import {
  compareApplied,
  evaluateLicence,
  type LicenceEvaluation,
  type LicenceRecord,
} from '../../domain/licence-record/index.ts';
import type { DomainEvent, EventDetail, EventType } from '../../events/index.ts';
import type { Clock } from '../adapters/clock.ts';
import type { EventBus } from '../adapters/event-bus.ts';
import type { LicenceRepository, StoredLicence } from '../adapters/licence-repository.ts';

export type Change<R> =
  | {
      kind: 'write';
      record: LicenceRecord;
      events: PendingEvent[] | ((after: LicenceEvaluation) => PendingEvent[]);
      result: R;
    }
  | { kind: 'none'; result: R };

export interface PendingEvent {
  type: EventType;
  detail: unknown;
}

type EventsOf = Extract<Change<unknown>, { kind: 'write' }>['events'];

export type Mutation<R> = (current: StoredLicence | undefined) => Change<R>;

const MAX_ATTEMPTS = 100;

export function makeUpdateLicence({
  licences,
  bus,
  clock,
}: {
  licences: LicenceRepository;
  bus: EventBus;
  clock: Clock;
}) {
  const newEvent = <T extends EventType>(
    stored: Pick<StoredLicence, 'licenceNumber' | 'version'>,
    index: number,
    type: T,
    detail: EventDetail<T>,
  ): DomainEvent => ({
    id: `${stored.licenceNumber}:${stored.version}:${index}`,
    type,
    occurredAt: clock.now().toISOString(),
    detail,
  });

  async function publishOutbox(stored: StoredLicence | undefined) {
    if (!stored || stored.unpublished.length === 0) return;
    await bus.publish(stored.unpublished);
    await licences.clearUnpublished(stored);
  }

  function nextState(
    current: StoredLicence | undefined,
    record: LicenceRecord,
    pending: EventsOf,
    day: CalendarDate,
  ): { next: StoredLicence; evaluation: LicenceEvaluation } {
    const evaluation = evaluateLicence(record, day);
    const { restored, corrections } = compareApplied(current?.applied ?? [], evaluation.applied, day);
    const version = (current?.version ?? 0) + 1;
    const { statement } = evaluation;
    const all: PendingEvent[] = typeof pending === 'function' ? pending(evaluation) : [...pending];
    if (restored.length > 0) {
      all.push({
        type: 'PointsRestored',
        detail: {
          licenceNumber: record.licenceNumber,
          changes: restored.map(({ date, rule, points, balanceAfter }) => ({
            date,
            rule,
            points,
            balanceAfter,
          })),
          balance: statement.balance,
        },
      });
    }
    if (corrections.length > 0) {
      all.push({
        type: 'RestorationCorrected',
        detail: {
          licenceNumber: record.licenceNumber,
          corrections: corrections.map(({ date, rule, points, reason }) => ({ date, rule, points, reason })),
          balance: statement.balance,
        },
      });
    }
    if (
      statement.status === 'invalidated' &&
      current?.statement.status !== 'invalidated' &&
      statement.invalidatedOn
    ) {
      all.push({
        type: 'LicenceInvalidated',
        detail: { licenceNumber: record.licenceNumber, invalidatedOn: statement.invalidatedOn },
      });
    }
    const identity = { licenceNumber: record.licenceNumber, version };
    const next: StoredLicence = {
      ...record,
      version,
      computedOn: day,
      statement: {
        balance: statement.balance,
        maximum: statement.maximum,
        status: statement.status,
        invalidatedOn: statement.invalidatedOn,
      },
      applied: evaluation.applied,
      corrections: [...(current?.corrections ?? []), ...corrections],
      nextChangeOn: evaluation.nextChangeOn,
      unpublished: [
        ...(current?.unpublished ?? []),
        ...all.map((event, index) => newEvent(identity, index, event.type, event.detail as never)),
      ],
    };
    return { next, evaluation };
  }

  /**
   * Applies `mutate` to the licence and stores the result; `day` defaults to today. Answers the mutation's
   * result and the licence as stored afterwards (unchanged when the mutation changed nothing), with the
   * evaluation of the facts written on `day` (the one engine run of the write; none when nothing changed).
   */
  return async function updateLicence<R>(
    licenceNumber: string,
    mutate: Mutation<R>,
    day: CalendarDate = clock.today(),
  ): Promise<{ result: R; licence: StoredLicence | undefined; evaluation?: LicenceEvaluation }> {
    // The display items (labels, places) of the new facts are written by the first attempt only.
    const displayWritten = new Set<string>();
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const current = await licences.get(licenceNumber);
      const change = mutate(current);
      if (change.kind === 'none') {
        await publishOutbox(current);
        return { result: change.result, licence: current && { ...current, unpublished: [] } };
      }
      const { next, evaluation } = nextState(current, change.record, change.events, day);
      const outcome = await licences.put(next, current?.version ?? null, displayWritten);
      if (outcome === 'too-large') throw new LicenceHistoryFullError(licenceNumber);
      if (outcome === 'written') {
        await publishOutbox(next);
        return { result: change.result, licence: { ...next, unpublished: [] }, evaluation };
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(250, 5 * 2 ** attempt)));
    }
    throw new Error(`licence update gave up after ${MAX_ATTEMPTS} conflicting attempts`);
  };
}

export type UpdateLicence = ReturnType<typeof makeUpdateLicence>;

/** The licence's history no longer fits its item: the write was refused whole, and nothing was lost. */
export class LicenceHistoryFullError extends Error {
  constructor(licenceNumber: string) {
    super(`the history of licence ${licenceNumber.slice(0, 4)}… is full`);
    this.name = 'LicenceHistoryFullError';
  }
}
