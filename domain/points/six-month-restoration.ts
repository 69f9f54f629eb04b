// The six-month rule (RULES.md §4.1, C15): a single lost point comes back six months after its establishment,
// unless another point-losing offence is committed inside that window.
import { addMonths, type CalendarDate } from '../calendar/index.ts';
import type { WindowBreakCheck } from './offence-windows.ts';
import type { InfractionFact } from './types.ts';

/** The day the point comes back, or null when the rule does not cover this withdrawal or its window is broken. */
export function sixMonthReturnOn(
  infraction: InfractionFact,
  actualWithdrawal: number,
  isWindowBroken: WindowBreakCheck,
): CalendarDate | null {
  if (infraction.points !== 1 || actualWithdrawal !== 1) return null;
  const returnsOn = addMonths(infraction.establishedOn, 6);
  return isWindowBroken(infraction.establishedOn, returnsOn) ? null : returnsOn;
}
