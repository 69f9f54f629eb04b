// Simultaneous infractions (RULES.md §3.3, C9): one interception costs at most 8 points together, 9 when it holds
// the 9-point drugs-and-alcohol délit. Members are withdrawn in date order and, on one day, heaviest first, each
// taking what is left: the cap falls on the lightest members.
import type { InfractionClass, InfractionFact } from './types.ts';

const CAP = 8;
const CAP_WITH_DRUGS_AND_ALCOHOL = 9;

// C9: the gravest class first when two withdrawals weigh the same.
const CLASS_WEIGHT: Record<InfractionClass, number> = { DELIT: 5, C5: 4, C4: 3, C3: 2, C2: 1, C1: 0 };

/** C9 and C11 order of one day's withdrawals: most points, then the gravest class, then id; never input order. */
export function heaviestFirst(a: InfractionFact, b: InfractionFact): number {
  return (
    b.points - a.points ||
    CLASS_WEIGHT[b.class] - CLASS_WEIGHT[a.class] ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

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
