// Questions the tests ask of the engine, in the notation of RULES.md §14: "a/b" is balance a with maximum b.
import { computeStatement } from '../statement.ts';
import type { Statement } from '../types.ts';
import type { CaseBuilder } from './a-case.ts';

export function statementOn(licence: CaseBuilder, asOf: string): Statement {
  return computeStatement(licence.on(asOf));
}

export function balanceOn(licence: CaseBuilder, asOf: string): string {
  const { balance, maximum } = statementOn(licence, asOf);
  return `${balance}/${maximum}`;
}

/** The upcoming changes as compact lines: "2024-09-20 six-month +1 → 12". */
export function upcomingOn(licence: CaseBuilder, asOf: string): string[] {
  return statementOn(licence, asOf).upcoming.map(
    ({ date, rule, points, balanceAfter }) => `${date} ${rule} +${points} → ${balanceAfter}`,
  );
}
