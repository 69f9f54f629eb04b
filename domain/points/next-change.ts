// The day the daily restoration job must look at a licence again: the first day after asOf on which the balance,
// maximum or status may change by itself (the next upcoming change or a known course credit), or null.
import { addDays, type CalendarDate } from '../calendar/index.ts';
import { computeStatement } from './statement.ts';
import type { PointsCase, Statement } from './types.ts';

export function nextAutomaticChangeOn(pointsCase: PointsCase): CalendarDate | null {
  return nextChangeOf(pointsCase, computeStatement(pointsCase));
}

/** The next automatic change, given the statement of `pointsCase`. */
export function nextChangeOf(pointsCase: PointsCase, statement: Statement): CalendarDate | null {
  const { asOf, events } = pointsCase;
  if (statement.status === 'invalidated') return null;
  // A course that ended on asOf is known and credited the next day (C8), the earliest day there can be.
  if (events.some((event) => event.type === 'course' && event.endedOn === asOf)) return addDays(asOf, 1);
  return statement.upcoming[0]?.date ?? null;
}
