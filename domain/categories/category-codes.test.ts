import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../calendar/index.ts';
import { categoryCodes, categoryWeight, isCategoryCode, minimumAge } from './index.ts';

const on = (text: string) => text as CalendarDate;

describe('category codes', () => {
  it('are the fifteen codes of the EU licence, seven light and eight heavy', () => {
    expect(categoryCodes).toHaveLength(15);
    expect(categoryCodes.filter((code) => categoryWeight(code) === 'light')).toEqual([
      'AM',
      'A1',
      'A2',
      'A',
      'B1',
      'B',
      'BE',
    ]);
    expect(categoryCodes.filter((code) => categoryWeight(code) === 'heavy')).toEqual([
      'C1',
      'C1E',
      'C',
      'CE',
      'D1',
      'D1E',
      'D',
      'DE',
    ]);
  });

  it('recognises only those codes, written exactly', () => {
    expect(isCategoryCode('C1E')).toBe(true);
    expect(isCategoryCode('b')).toBe(false);
    expect(isCategoryCode('E(B)')).toBe(false);
    expect(isCategoryCode(1)).toBe(false);
  });
});

describe('minimum ages', () => {
  it('follow RULES.md §9 for each category', () => {
    const ages = Object.fromEntries(
      categoryCodes.map((code) => [code, minimumAge(code, { on: on('2025-06-01') })]),
    );
    expect(ages).toEqual({
      AM: 14,
      A1: 16,
      B1: 16,
      A2: 18,
      A: 24,
      B: 17,
      BE: 18,
      C1: 18,
      C1E: 18,
      C: 21,
      CE: 21,
      D1: 21,
      D1E: 21,
      D: 24,
      DE: 24,
    });
  });

  it('lowers B to 17 from 1 January 2024', () => {
    expect(minimumAge('B', { on: on('2023-12-31') })).toBe(18);
    expect(minimumAge('B', { on: on('2024-01-01') })).toBe(17);
  });

  it('lowers A to 20 after two years of A2, and C and CE to 18 with a professional qualification', () => {
    expect(minimumAge('A', { on: on('2025-01-01'), conditions: ['two-years-of-A2'] })).toBe(20);
    expect(minimumAge('A', { on: on('2025-01-01'), conditions: ['professional-qualification'] })).toBe(24);
    expect(minimumAge('C', { on: on('2025-01-01'), conditions: ['professional-qualification'] })).toBe(18);
    expect(minimumAge('CE', { on: on('2025-01-01'), conditions: ['professional-qualification'] })).toBe(18);
    expect(minimumAge('D', { on: on('2025-01-01'), conditions: ['professional-qualification'] })).toBe(24);
  });
});
