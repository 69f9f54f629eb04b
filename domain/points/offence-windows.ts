// Windows (C4): a period from S to X is broken by a point-losing offence committed strictly between them. The
// offence dates are sorted once, so each question is a binary search.
import type { CalendarDate } from '../calendar/index.ts';
import { isPointLosing } from './known-facts.ts';
import type { InfractionFact } from './types.ts';

/** Whether a point-losing offence was committed on a day O with opensOn < O < closesOn. */
export type WindowBreakCheck = (opensOn: CalendarDate, closesOn: CalendarDate) => boolean;

export function makeWindowBreakCheck(infractions: readonly InfractionFact[]): WindowBreakCheck {
  const offenceDates = infractions
    .filter(isPointLosing)
    .map((infraction) => infraction.offenceDate)
    .sort();
  return (opensOn, closesOn) => {
    const next = offenceDates[firstIndexAfter(offenceDates, opensOn)];
    return next !== undefined && next < closesOn;
  };
}

function firstIndexAfter(sorted: readonly CalendarDate[], day: CalendarDate): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as CalendarDate) <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}
