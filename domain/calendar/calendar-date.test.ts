import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  fromEpochDay,
  parseCalendarDate,
  toEpochDay,
  type CalendarDate,
} from './index.ts';

const d = (text: string) => {
  const date = parseCalendarDate(text);
  if (!date) throw new Error(`not a date: ${text}`);
  return date;
};

describe('parseCalendarDate', () => {
  it('accepts real days and refuses impossible ones', () => {
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
    expect(parseCalendarDate('2023-02-29')).toBeUndefined();
    expect(parseCalendarDate('1900-02-29')).toBeUndefined();
    expect(parseCalendarDate('2000-02-29')).toBe('2000-02-29');
    expect(parseCalendarDate('2024-04-31')).toBeUndefined();
    expect(parseCalendarDate('2024-13-01')).toBeUndefined();
    expect(parseCalendarDate('2024-1-01')).toBeUndefined();
    expect(parseCalendarDate('2024-01-01T00:00:00Z')).toBeUndefined();
    expect(parseCalendarDate(20240101)).toBeUndefined();
  });
});

describe('adding months and years (C2)', () => {
  it('keeps the day number or falls back to the last day of a shorter month', () => {
    expect(addYears(d('2024-02-29'), 1)).toBe('2025-02-28');
    expect(addYears(d('2024-02-29'), 4)).toBe('2028-02-29');
    expect(addMonths(d('2024-08-31'), 6)).toBe('2025-02-28');
    expect(addMonths(d('2023-08-31'), 18)).toBe('2025-02-28');
    expect(addMonths(d('2024-03-20'), 6)).toBe('2024-09-20');
    expect(addMonths(d('2024-12-15'), 1)).toBe('2025-01-15');
  });
});

describe('epoch days', () => {
  it('round-trips every day and counts consecutive days', () => {
    const day = fc.integer({ min: toEpochDay(d('1950-01-01')), max: toEpochDay(d('2150-12-31')) });
    fc.assert(
      fc.property(day, (n) => {
        const date = fromEpochDay(n);
        expect(parseCalendarDate(date)).toBe(date);
        expect(toEpochDay(date)).toBe(n);
        expect(addDays(date, 1) > date).toBe(true);
      }),
    );
  });

  it('counts the days of a leap year', () => {
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29' as CalendarDate);
    expect(toEpochDay(d('1970-01-01'))).toBe(0);
  });
});
