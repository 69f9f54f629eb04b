import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../calendar/index.ts';
import { compareApplied, type AppliedChange } from './index.ts';

const change = (
  date: string,
  rule: AppliedChange['rule'],
  points: number,
  balanceAfter = 12,
): AppliedChange => ({
  date: date as CalendarDate,
  rule,
  points,
  balanceAfter,
});
const today = '2024-10-15' as CalendarDate;

describe('comparing the automatic changes applied before and now', () => {
  it('announces what is new, even dated in the past, and nothing twice', () => {
    const sixMonth = change('2024-09-20', 'six-month', 1);
    const probation = change('2024-10-15', 'probation-increment', 2, 10);
    expect(compareApplied([sixMonth], [sixMonth, probation], today)).toEqual({
      restored: [probation],
      corrections: [],
    });
    expect(compareApplied([], [sixMonth], today)).toEqual({ restored: [sixMonth], corrections: [] });
    expect(compareApplied([sixMonth], [sixMonth], today)).toEqual({ restored: [], corrections: [] });
  });

  it('records as a correction, detected today, a restoration that late facts took back', () => {
    const sixMonth = change('2024-09-20', 'six-month', 1);
    expect(compareApplied([sixMonth], [], today)).toEqual({
      restored: [],
      corrections: [
        { detectedOn: today, date: '2024-09-20', rule: 'six-month', points: 1, reason: 'voided' },
      ],
    });
  });

  it('sees a restoration whose amount changed as one taken back and one given', () => {
    const before = change('2027-05-10', 'full-restoration', 8);
    const after = change('2027-05-10', 'full-restoration', 4);
    const { restored, corrections } = compareApplied([before], [after], today);
    expect(restored).toEqual([after]);
    expect(corrections.map((correction) => correction.points)).toEqual([8]);
  });
});
