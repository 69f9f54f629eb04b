// The statement on asOf (RULES.md §13, CONTRACT.md §1): balance, maximum, status, probation and the projected
// automatic changes.
import { isRestorationRule, type RestorationRule } from './restoration-rules.ts';
import { simulate, type SimulatedChange, type Simulation } from './simulate.ts';
import type { PointsCase, Statement, UpcomingChange } from './types.ts';

export function computeStatement(pointsCase: PointsCase): Statement {
  return statementOf(pointsCase, simulate(pointsCase));
}

/** The statement a simulation of `pointsCase` gives. */
export function statementOf(pointsCase: PointsCase, { onAsOf, probation, changes }: Simulation): Statement {
  const { asOf } = pointsCase;
  const valid = onAsOf.invalidatedOn === null;
  return {
    asOf,
    balance: onAsOf.balance,
    maximum: onAsOf.maximum,
    status: valid ? 'valid' : 'invalidated',
    invalidatedOn: onAsOf.invalidatedOn,
    probation:
      valid && onAsOf.inProbation && probation
        ? { endsOn: probation.endsOn, incrementsForfeited: probation.incrementsForfeited }
        : null,
    upcoming: changes.flatMap((change) =>
      change.date > asOf && isUpcoming(change) ? [toUpcoming(change)] : [],
    ),
  };
}

function isUpcoming(change: SimulatedChange): change is SimulatedChange & { kind: RestorationRule } {
  return isRestorationRule(change.kind);
}

function toUpcoming({
  date,
  points,
  kind,
  balanceAfter,
}: SimulatedChange & { kind: RestorationRule }): UpcomingChange {
  return { date, points, rule: kind, balanceAfter };
}
