// The automatic changes of a licence (RULES.md §2.2, §4.1, §4.2, §4.4): the one list of their names, from which
// the types, the checks and every schema that names a rule derive.
export const restorationRules = [
  'six-month',
  'full-restoration',
  'ten-year',
  'probation-increment',
  'probation-end',
] as const;

export type RestorationRule = (typeof restorationRules)[number];

/** The rules that give an infraction's own points back, which a letter announces (not probation's steps). */
export const returnRules = [
  'six-month',
  'full-restoration',
  'ten-year',
] as const satisfies readonly RestorationRule[];

export type ReturnRule = (typeof returnRules)[number];

export function isRestorationRule(kind: string): kind is RestorationRule {
  return (restorationRules as readonly string[]).includes(kind);
}
