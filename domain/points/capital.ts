// The capital of points (RULES.md §2.1, §2.2): one balance per person, 12 at most, 6 when a probation starts.
export const FULL_CAPITAL = 12;
export const PROBATION_START_CAPITAL = 6;
