// The licence categories of RULES.md §9: which are light and which heavy, and from what age each can be
// obtained.
import type { CalendarDate } from '../calendar/index.ts';

export const categoryCodes = [
  'AM',
  'A1',
  'A2',
  'A',
  'B1',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
] as const;

export type CategoryCode = (typeof categoryCodes)[number];

/** Heavy categories need a medical opinion at each renewal; light ones do not. */
export type CategoryWeight = 'light' | 'heavy';

const heavyCategories: ReadonlySet<CategoryCode> = new Set(['C1', 'C1E', 'C', 'CE', 'D1', 'D1E', 'D', 'DE']);

export function isCategoryCode(value: unknown): value is CategoryCode {
  return categoryCodes.some((code) => code === value);
}

export function categoryWeight(code: CategoryCode): CategoryWeight {
  return heavyCategories.has(code) ? 'heavy' : 'light';
}

/** What lowers a category's minimum age: A after two years of A2, C and CE with a professional qualification. */
export type AgeCondition = 'two-years-of-A2' | 'professional-qualification';

type AgeRule = { age: number; condition?: AgeCondition; from?: CalendarDate };

const ageRules: Record<CategoryCode, readonly AgeRule[]> = {
  AM: [{ age: 14 }],
  A1: [{ age: 16 }],
  B1: [{ age: 16 }],
  A2: [{ age: 18 }],
  A: [{ age: 24 }, { age: 20, condition: 'two-years-of-A2' }],
  B: [{ age: 18 }, { age: 17, from: '2024-01-01' as CalendarDate }],
  // RULES.md gives no age for BE; it requires B and stays at 18.
  BE: [{ age: 18 }],
  C1: [{ age: 18 }],
  C1E: [{ age: 18 }],
  C: [{ age: 21 }, { age: 18, condition: 'professional-qualification' }],
  CE: [{ age: 21 }, { age: 18, condition: 'professional-qualification' }],
  D1: [{ age: 21 }],
  D1E: [{ age: 21 }],
  D: [{ age: 24 }],
  DE: [{ age: 24 }],
};

/** The lowest age at which the category could be obtained on `on`, given the conditions the person meets. */
export function minimumAge(
  code: CategoryCode,
  { on, conditions = [] }: { on: CalendarDate; conditions?: readonly AgeCondition[] },
): number {
  const applicable = ageRules[code].filter(
    (rule) =>
      (rule.from === undefined || rule.from <= on) &&
      (rule.condition === undefined || conditions.includes(rule.condition)),
  );
  return Math.min(...applicable.map((rule) => rule.age));
}
