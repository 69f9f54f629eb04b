// What a licence's facts mean on a day: the statement, the automatic changes
// applied so far, the next day it changes by itself, and how that differs from
// what was applied before (restorations to announce, corrections to record).
import type { CalendarDate } from '../calendar/index.ts';
import {
  analyse,
  isRestorationRule,
  type LetterDue,
  type RestorationRule,
  type Statement,
  type TimelineChange,
} from '../points/index.ts';
import { toPointsCase, type LicenceRecord } from './licence-record.ts';

export interface AppliedChange {
  date: CalendarDate;
  rule: RestorationRule;
  points: number;
  balanceAfter: number;
  eventId?: string;
}

export interface Correction {
  detectedOn: CalendarDate;
  date: CalendarDate;
  rule: RestorationRule;
  points: number;
  reason: 'voided';
}

export interface LicenceEvaluation {
  statement: Statement;
  timeline: TimelineChange[];
  applied: AppliedChange[];
  letters: LetterDue[];
  nextChangeOn: CalendarDate | null;
  /** The changes after the day, if nothing new is known: when points come back. */
  projection: TimelineChange[];
}

export function evaluateLicence(
  record: Pick<LicenceRecord, 'facts'> & Parameters<typeof toPointsCase>[0],
  today: CalendarDate,
): LicenceEvaluation {
  // One simulation answers everything (a registry write runs the engine once).
  const { statement, timeline, letters, nextChangeOn, projection } = analyse(toPointsCase(record, today));
  const applied: AppliedChange[] = timeline.flatMap(({ date, kind, points, balanceAfter, eventId }) =>
    isRestorationRule(kind) && points > 0
      ? [{ date, rule: kind, points, balanceAfter, ...(eventId === undefined ? {} : { eventId }) }]
      : [],
  );
  return { statement, timeline, applied, letters, nextChangeOn, projection };
}

const keyOf = (change: AppliedChange) =>
  `${change.date}|${change.rule}|${change.eventId ?? ''}|${change.points}`;

/**
 * Compares the automatic changes applied before with those the facts give now.
 * New ones are restorations to announce (a fact recorded late may bring some
 * dated in the past: its point came back already). Vanished ones are
 * corrections: a late fact took back a restoration already shown.
 */
export function compareApplied(
  before: AppliedChange[],
  after: AppliedChange[],
  today: CalendarDate,
): { restored: AppliedChange[]; corrections: Correction[] } {
  const beforeKeys = new Set(before.map(keyOf));
  const afterKeys = new Set(after.map(keyOf));
  return {
    restored: after.filter((change) => !beforeKeys.has(keyOf(change))),
    corrections: before
      .filter((change) => !afterKeys.has(keyOf(change)))
      .map((change) => ({
        detectedOn: today,
        date: change.date,
        rule: change.rule,
        points: change.points,
        reason: 'voided',
      })),
  };
}
