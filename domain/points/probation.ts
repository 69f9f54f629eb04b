// Probation (RULES.md §2.2, §2.3, C6, C7, C14): the yearly increments, the end date with or without the training
// shortening, and whether an infraction counts against the probation on a given day.
import { addMonths, type CalendarDate } from '../calendar/index.ts';
import { FULL_CAPITAL, PROBATION_START_CAPITAL } from './capital.ts';
import { isPointLosing, type KnownInfraction } from './known-facts.ts';
import type { LicenceFacts, ProbationIncrementBasis, ProbationKind } from './types.ts';

export interface ProbationIncrement {
  date: CalendarDate;
  points: number;
}

export interface ProbationSchedule {
  increments: ProbationIncrement[];
  endsOn: CalendarDate;
}

/** What the simulation needs: the schedule still to come, and what counts against the probation (C6). */
export interface ProbationPlan extends ProbationSchedule {
  countsAgainst: (day: CalendarDate) => boolean;
  /** C17: a known point-losing infraction was committed during the probation, or C14 presumes one. */
  incrementsForfeited: boolean;
}

interface Steps {
  increments: { afterMonths: number; points: number }[];
  endsAfterMonths: number;
}

const STEPS: Record<Exclude<ProbationKind, 'none'>, { normal: Steps; shortened: Steps }> = {
  traditional: {
    normal: {
      increments: [
        { afterMonths: 12, points: 2 },
        { afterMonths: 24, points: 2 },
      ],
      endsAfterMonths: 36,
    },
    shortened: { increments: [{ afterMonths: 12, points: 2 }], endsAfterMonths: 24 },
  },
  accompanied: {
    normal: { increments: [{ afterMonths: 12, points: 3 }], endsAfterMonths: 24 },
    shortened: { increments: [{ afterMonths: 12, points: 3 }], endsAfterMonths: 18 },
  },
};

/** The increments and end date of a probation, with or without the complementary-training shortening. */
export function probationSchedule(
  licence: LicenceFacts,
  kind: Exclude<ProbationKind, 'none'>,
  shortened: boolean,
): ProbationSchedule {
  const steps = STEPS[kind][shortened ? 'shortened' : 'normal'];
  return {
    increments: steps.increments.map(({ afterMonths, points }) => ({
      date: addMonths(licence.obtainedOn, afterMonths),
      points,
    })),
    endsOn: addMonths(licence.obtainedOn, steps.endsAfterMonths),
  };
}

/**
 * The licence on a day as the authority states it (C14, C17): a probation counted with no infraction that has
 * ended by then is over, otherwise the maximum is 6 plus the increments due on or before that day.
 */
export function probationOn(
  licence: LicenceFacts,
  day: CalendarDate,
): { inProbation: boolean; maximum: number } {
  if (licence.probation === 'none') return { inProbation: false, maximum: FULL_CAPITAL };
  const schedule = probationSchedule(licence, licence.probation, licence.complementaryTraining);
  if (schedule.endsOn <= day) return { inProbation: false, maximum: FULL_CAPITAL };
  const earned = schedule.increments.filter((increment) => increment.date <= day);
  return {
    inProbation: true,
    maximum: earned.reduce((sum, increment) => sum + increment.points, PROBATION_START_CAPITAL),
  };
}

/**
 * C6: an infraction counts against the probation for a day D when it was committed on or after `obtainedOn` and,
 * by the chosen basis, committed before D or established before D. A C14 presumption (an infraction before the
 * known-balance day, established on it) counts for every later day.
 */
function makeProbationCounter(
  licence: LicenceFacts,
  infractions: readonly KnownInfraction[],
  basis: ProbationIncrementBasis,
  presumedOn: CalendarDate | null,
): (day: CalendarDate) => boolean {
  const decisiveDates = infractions
    .filter((infraction) => isPointLosing(infraction) && infraction.offenceDate >= licence.obtainedOn)
    .map((infraction) => (basis === 'offenceDate' ? infraction.offenceDate : infraction.establishedOn));
  const earliest = [...decisiveDates, ...(presumedOn === null ? [] : [presumedOn])].sort()[0];
  return (day) => earliest !== undefined && earliest < day;
}

/**
 * The probation still to run after the starting point, or null when none runs then. The shortening holds only if nothing
 * counts against the probation for the shortened end date; otherwise the normal schedule applies (C6).
 */
export function planProbation(
  licence: LicenceFacts,
  infractions: readonly KnownInfraction[],
  basis: ProbationIncrementBasis,
  start: { on: CalendarDate; inProbation: boolean; presumedInfraction: boolean },
): ProbationPlan | null {
  if (licence.probation === 'none' || !start.inProbation) return null;
  const countsAgainst = makeProbationCounter(
    licence,
    infractions,
    basis,
    start.presumedInfraction ? start.on : null,
  );
  const shortened =
    licence.complementaryTraining &&
    !countsAgainst(probationSchedule(licence, licence.probation, true).endsOn);
  const schedule = probationSchedule(licence, licence.probation, shortened);
  const committedDuring = infractions.some(
    (infraction) =>
      isPointLosing(infraction) &&
      infraction.offenceDate >= licence.obtainedOn &&
      infraction.offenceDate < schedule.endsOn,
  );
  return {
    increments: schedule.increments.filter((increment) => increment.date > start.on),
    endsOn: schedule.endsOn,
    countsAgainst,
    incrementsForfeited: committedDuring || start.presumedInfraction,
  };
}
