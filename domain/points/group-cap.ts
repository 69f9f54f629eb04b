// Simultaneous infractions (RULES.md §3.3, C9): one interception costs at most 8 points together, 9 when it holds
// the 9-point drugs-and-alcohol délit. Members are withdrawn in date then input order, each taking what is left.
import type { InfractionFact } from './types.ts';

const CAP = 8;
const CAP_WITH_DRUGS_AND_ALCOHOL = 9;

/** Tracks what each group has removed so far; `withdraw` answers an infraction's actual withdrawal. */
export interface GroupLedger {
  withdraw(infraction: InfractionFact): number;
}

export function makeGroupLedger(infractions: readonly InfractionFact[]): GroupLedger {
  const caps = new Map<string, number>();
  for (const { group, class: infractionClass, points } of infractions) {
    if (group === undefined) continue;
    const nineAllowed = infractionClass === 'DELIT' && points === CAP_WITH_DRUGS_AND_ALCOHOL;
    caps.set(group, Math.max(caps.get(group) ?? CAP, nineAllowed ? CAP_WITH_DRUGS_AND_ALCOHOL : CAP));
  }
  const removed = new Map<string, number>();
  return {
    withdraw({ group, points }) {
      if (group === undefined) return points;
      const alreadyRemoved = removed.get(group) ?? 0;
      const actual = Math.min(points, (caps.get(group) ?? CAP) - alreadyRemoved);
      removed.set(group, alreadyRemoved + actual);
      return actual;
    },
  };
}
