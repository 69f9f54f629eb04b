// Full restoration after 2 or 3 years (RULES.md §4.2, C5): the cycle since the last return to 12, its start S
// (the latest establishment of a point-losing infraction) and its period P.
import { addYears, type CalendarDate } from '../calendar/index.ts';
import type { WindowBreakCheck } from './offence-windows.ts';
import type { InfractionClass, InfractionFact } from './types.ts';

const THREE_YEAR_CLASSES: ReadonlySet<InfractionClass> = new Set(['C4', 'C5', 'DELIT']);

export interface RestorationCycle {
  /** Changes whenever the due date may change, so that an earlier due date can be recognised as stale. */
  version: number;
  lastEstablishedOn: CalendarDate | null;
  threeYears: boolean;
}

/** The first cycle: C14's unknown history counts as a 3-year withdrawal established on the starting day. */
export function firstCycle(start: { on: CalendarDate; unknownHistory: boolean }): RestorationCycle {
  return {
    version: 0,
    lastEstablishedOn: start.unknownHistory ? start.on : null,
    threeYears: start.unknownHistory,
  };
}

export function nextCycle(cycle: RestorationCycle): RestorationCycle {
  return { version: cycle.version + 1, lastEstablishedOn: null, threeYears: false };
}

/** The cycle once a point-losing infraction is established: S moves to it, and P may become 3 years. */
export function withEstablishment(cycle: RestorationCycle, infraction: InfractionFact): RestorationCycle {
  return {
    version: cycle.version + 1,
    lastEstablishedOn: infraction.establishedOn,
    threeYears: cycle.threeYears || THREE_YEAR_CLASSES.has(infraction.class),
  };
}

/** X = S + P, or null while nothing in the cycle has cost points. */
export function restorationDueOn(cycle: RestorationCycle): CalendarDate | null {
  return cycle.lastEstablishedOn === null
    ? null
    : addYears(cycle.lastEstablishedOn, cycle.threeYears ? 3 : 2);
}

/** C5, C7: whether the period since S has run out by `day` without being broken (C4). */
export function restoredBy(
  cycle: RestorationCycle,
  day: CalendarDate,
  isWindowBroken: WindowBreakCheck,
): boolean {
  const opensOn = cycle.lastEstablishedOn;
  const dueOn = restorationDueOn(cycle);
  return opensOn !== null && dueOn !== null && dueOn <= day && !isWindowBroken(opensOn, dueOn);
}
