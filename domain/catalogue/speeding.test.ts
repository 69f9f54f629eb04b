import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../calendar/index.ts';
import { infractionAt, speedingCode } from './index.ts';

describe('the speeding row for a retained excess', () => {
  it('changes band at 5, 20, 30, 40 and 50 km/h', () => {
    const codes = [0.5, 4.9, 5, 19, 20, 29, 30, 39, 40, 49, 50, 80].map((retainedExcessKmh) =>
      speedingCode({ retainedExcessKmh, limitKmh: 80 }),
    );
    expect(codes).toEqual([
      'speeding-under-5-limit-over-50',
      'speeding-under-5-limit-over-50',
      'speeding-5-to-20-limit-over-50',
      'speeding-5-to-20-limit-over-50',
      'speeding-20-to-30',
      'speeding-20-to-30',
      'speeding-30-to-40',
      'speeding-30-to-40',
      'speeding-40-to-50',
      'speeding-40-to-50',
      'speeding-50-or-more',
      'speeding-50-or-more',
    ]);
  });

  it('tells a limit of 50 km/h or less from a higher one for small excesses', () => {
    expect(speedingCode({ retainedExcessKmh: 3, limitKmh: 50 })).toBe('speeding-under-5-limit-50-or-less');
    expect(speedingCode({ retainedExcessKmh: 3, limitKmh: 51 })).toBe('speeding-under-5-limit-over-50');
    expect(speedingCode({ retainedExcessKmh: 12, limitKmh: 50 })).toBe('speeding-5-to-20-limit-50-or-less');
    expect(speedingCode({ retainedExcessKmh: 12, limitKmh: 90 })).toBe('speeding-5-to-20-limit-over-50');
  });

  it('finds no infraction without an excess', () => {
    expect(speedingCode({ retainedExcessKmh: 0, limitKmh: 50 })).toBeUndefined();
    expect(speedingCode({ retainedExcessKmh: -3, limitKmh: 50 })).toBeUndefined();
    expect(speedingCode({ retainedExcessKmh: Number.NaN, limitKmh: 50 })).toBeUndefined();
  });

  it('always names an entry of the catalogue', () => {
    for (const retainedExcessKmh of [1, 10, 25, 35, 45, 60]) {
      for (const limitKmh of [30, 50, 80, 130]) {
        const code = speedingCode({ retainedExcessKmh, limitKmh });
        expect(code && infractionAt(code, '2025-01-01' as CalendarDate)?.label.fr).toMatch(
          /^Excès de vitesse/,
        );
      }
    }
  });
});
