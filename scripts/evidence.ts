// One measured figure, printed by a benchmark as a line `EVIDENCE {json}` beside its own human-readable
// output; `npm run bench` (scripts/bench.ts) collects these lines into docs/evidence.md.

export interface Figure {
  /** What was measured, in words (the table's first column). */
  name: string;
  value: number;
  unit: string;
  /** The goal the figure is held to, when there is one. */
  goal?: { at: 'most' | 'least'; value: number };
  /** Where the goal comes from or what the figure means, briefly. */
  note?: string;
}

export const EVIDENCE_PREFIX = 'EVIDENCE ';

export function evidence(figure: Figure): void {
  console.log(`${EVIDENCE_PREFIX}${JSON.stringify(figure)}`);
}

/** True when the figure is within its goal (or has none). */
export function withinGoal({ value, goal }: Figure): boolean {
  if (!goal) return true;
  return goal.at === 'most' ? value <= goal.value : value >= goal.value;
}

/** A figure held to at most `goal`. */
export const atMost = (name: string, value: number, unit: string, goal: number, note?: string) =>
  evidence({ name, value, unit, goal: { at: 'most', value: goal }, ...(note ? { note } : {}) });

/** A figure held to at least `goal`. */
export const atLeast = (name: string, value: number, unit: string, goal: number, note?: string) =>
  evidence({ name, value, unit, goal: { at: 'least', value: goal }, ...(note ? { note } : {}) });
