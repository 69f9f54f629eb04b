import { describe, expect, it } from 'vitest';
import { aCase } from './testing/a-case.ts';
import { balanceOn, statementOn, upcomingOn } from './testing/ask.ts';

describe('a balance known on a day (C14)', () => {
  it('below 12 outside probation: the unknown history comes back three years later, with no six-month return', () => {
    const elevenKnown = aCase().obtainedOn('2005-01-01').balanceKnownOn('2021-01-01', 11);
    expect(balanceOn(elevenKnown, '2021-07-01')).toBe('11/12');
    expect(upcomingOn(elevenKnown, '2021-07-01')).toEqual(['2024-01-01 full-restoration +1 → 12']);
    expect(balanceOn(elevenKnown, '2023-12-31')).toBe('11/12');
    expect(balanceOn(elevenKnown, '2024-01-01')).toBe('12/12');
  });

  it('below 12 outside probation: a later class-3 infraction still waits three years, the history is in the cycle', () => {
    const withClassThree = aCase()
      .balanceKnownOn('2021-01-01', 9)
      .infraction({ committed: '2022-01-01', established: '2022-01-10', points: 2, class: 'C3' });
    expect(upcomingOn(withClassThree, '2022-01-10')).toEqual(['2025-01-10 full-restoration +5 → 12']);
  });

  it('at 12 presumes nothing: a class-3 infraction then waits two years', () => {
    const twelveKnown = aCase()
      .balanceKnownOn('2021-01-01', 12)
      .infraction({ committed: '2022-01-01', established: '2022-01-10', points: 2, class: 'C3' });
    expect(upcomingOn(twelveKnown, '2022-01-10')).toEqual(['2024-01-10 full-restoration +2 → 12']);
  });

  it('already holds the events before that day, and the withdrawals established on it come after it', () => {
    const known = aCase()
      .balanceKnownOn('2021-01-10', 10)
      .infraction({ committed: '2021-01-01', established: '2021-01-09', points: 4 })
      .course('2021-01-08', '2021-01-09')
      .infraction({ committed: '2021-01-02', established: '2021-01-10', points: 1 });
    expect(balanceOn(known, '2021-01-10')).toBe('9/12');
    // The course ended before that day is not the previous course either (C17).
    expect(balanceOn(known.course('2021-03-01', '2021-03-02'), '2021-03-03')).toBe('12/12');
  });

  it('gives a group member established before that day no share of the cap (C17)', () => {
    const group = { committed: '2021-01-01', group: 'G' };
    const spread = aCase()
      .balanceKnownOn('2021-02-01', 12)
      .infraction({ ...group, established: '2021-01-20', points: 6 })
      .infraction({ ...group, established: '2021-02-10', points: 6 });
    expect(balanceOn(spread, '2021-02-10')).toBe('6/12');
  });

  it('includes an increment due on that day: nothing automatic happens on it', () => {
    const onAnniversary = aCase()
      .obtainedOn('2023-06-15')
      .probation('traditional')
      .balanceKnownOn('2024-06-15', 8);
    expect(balanceOn(onAnniversary, '2024-06-15')).toBe('8/8');
    expect(balanceOn(onAnniversary, '2025-06-15')).toBe('10/10');
  });

  it('below the probationary maximum presumes an infraction in probation: increments and shortening are lost', () => {
    const below = aCase()
      .obtainedOn('2023-06-15')
      .probation('traditional', { complementaryTraining: true })
      .balanceKnownOn('2024-07-01', 7);
    expect(statementOn(below, '2024-07-01')).toMatchObject({
      balance: 7,
      maximum: 8,
      probation: { endsOn: '2026-06-15', incrementsForfeited: true },
    });
    expect(upcomingOn(below, '2024-07-01')).toEqual([
      '2026-06-15 probation-end +0 → 7',
      '2027-07-01 full-restoration +5 → 12',
    ]);
  });

  it('keeps the probation over when it ended by that day counted with no infraction, whatever becomes known (C17)', () => {
    const over = aCase()
      .obtainedOn('2020-01-01')
      .probation('traditional', { complementaryTraining: true })
      .balanceKnownOn('2022-06-01', 10)
      .infraction({ committed: '2021-12-01', established: '2022-07-01', points: 1, class: 'C3' });
    expect(statementOn(over, '2022-07-01')).toMatchObject({ balance: 9, maximum: 12, probation: null });
    expect(upcomingOn(over, '2022-07-01')).toEqual([
      '2023-01-01 six-month +1 → 10',
      '2025-07-01 full-restoration +2 → 12',
    ]);
  });

  it('at 0 means the licence is invalidated on that day', () => {
    const zero = aCase().balanceKnownOn('2021-01-01', 0).course('2021-03-01', '2021-03-02');
    expect(statementOn(zero, '2022-01-01')).toEqual({
      asOf: '2022-01-01',
      balance: 0,
      maximum: 12,
      status: 'invalidated',
      invalidatedOn: '2021-01-01',
      probation: null,
      upcoming: [],
    });
  });
});
