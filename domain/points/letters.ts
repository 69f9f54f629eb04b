// The letters the authority sends for its withdrawal decisions (RULES.md §7): one per establishment of a
// point-losing infraction (a group established together shares one), the first code that applies.
import type { CalendarDate } from '../calendar/index.ts';
import { isPointLosing } from './known-facts.ts';
import { simulate, type SimulatedChange, type Simulation } from './simulate.ts';
import type { LetterCode, LetterDue, PointsCase } from './types.ts';

const MANDATORY_COURSE_THRESHOLD = 3;
const WARNING_BALANCE = 6;

interface Decision {
  date: CalendarDate;
  withdrawals: SimulatedChange[];
}

export function computeLetters(pointsCase: PointsCase): LetterDue[] {
  return lettersOf(simulate(pointsCase));
}

/** The letters a simulation gives. */
export function lettersOf(simulation: Simulation): LetterDue[] {
  return decisions(simulation.changes).map(({ date, withdrawals }) => {
    const last = withdrawals[withdrawals.length - 1] as SimulatedChange;
    return {
      code: letterCode(withdrawals, last),
      date,
      infractionIds: withdrawals.map((withdrawal) => withdrawal.eventId as string),
      balanceAfter: last.balanceAfter,
    };
  });
}

/** The point-losing withdrawals grouped by decision: one infraction, or one group on one establishment day. */
function decisions(changes: readonly SimulatedChange[]): Decision[] {
  const byKey = new Map<string, Decision>();
  for (const change of changes) {
    const { infraction } = change;
    if (change.kind !== 'withdrawal' || !infraction || !isPointLosing(infraction)) continue;
    const key = JSON.stringify(
      infraction.group === undefined ? [infraction.id] : [infraction.group, change.date],
    );
    const decision = byKey.get(key) ?? { date: change.date, withdrawals: [] };
    decision.withdrawals.push(change);
    byKey.set(key, decision);
  }
  return [...byKey.values()];
}

function letterCode(withdrawals: readonly SimulatedChange[], last: SimulatedChange): LetterCode {
  if (last.balanceAfter === 0) return '48SI';
  const inProbation = last.inProbation;
  const mandatoryCourse = withdrawals.some(
    (withdrawal) => (withdrawal.infraction?.points ?? 0) >= MANDATORY_COURSE_THRESHOLD,
  );
  if (inProbation && mandatoryCourse) return '48N';
  if (!inProbation && last.balanceAfter <= WARNING_BALANCE) return '48M';
  return '48';
}
