// The ten-year rule (RULES.md §4.4, C10, C17): points removed for contraventions of classes 1 to 4 come back ten
// years after their establishment, unless the six-month rule already applied or the group held a délit or a C5.
import { addYears, type CalendarDate } from '../calendar/index.ts';
import { isPointLosing } from './known-facts.ts';
import type { InfractionClass, InfractionFact } from './types.ts';

const COVERED_CLASSES: ReadonlySet<InfractionClass> = new Set(['C1', 'C2', 'C3', 'C4']);

/** Answers the day a withdrawal's points come back by the ten-year rule, or null when the rule does not cover it. */
export type TenYearRule = (
  infraction: InfractionFact,
  actualWithdrawal: number,
  returnedBySixMonthRule: boolean,
) => CalendarDate | null;

export function makeTenYearRule(infractions: readonly InfractionFact[]): TenYearRule {
  // A 0-point member is ignored (C17), so only a point-losing délit or C5 excludes its group.
  const excludedGroups = new Set(
    infractions
      .filter((infraction) => isPointLosing(infraction) && !COVERED_CLASSES.has(infraction.class))
      .map((infraction) => infraction.group),
  );
  return (infraction, actualWithdrawal, returnedBySixMonthRule) => {
    const covered =
      COVERED_CLASSES.has(infraction.class) &&
      actualWithdrawal > 0 &&
      !returnedBySixMonthRule &&
      (infraction.group === undefined || !excludedGroups.has(infraction.group));
    return covered ? addYears(infraction.establishedOn, 10) : null;
  };
}
