import { describe, expect, it } from 'vitest';
import { aCase } from './testing/a-case.ts';
import { balanceOn, upcomingOn } from './testing/ask.ts';

// Ex 11: 12 known on 2019-01-01, then a délit and a red light leave 2 points.
const twoPointsLeft = aCase()
  .obtainedOn('2000-09-01')
  .balanceKnownOn('2019-01-01', 12)
  .infraction({ committed: '2020-05-30', established: '2020-06-10', points: 6, class: 'DELIT' })
  .infraction({ committed: '2020-09-20', established: '2020-10-05', points: 4 })
  .course('2020-12-01', '2020-12-02');

describe('a course', () => {
  it('gives up to 4 points from the day after its last day', () => {
    expect(balanceOn(twoPointsLeft, '2020-12-02')).toBe('2/12');
    expect(balanceOn(twoPointsLeft, '2020-12-03')).toBe('6/12');
  });

  it('gives only what the maximum allows, and its credit is projected but not listed (Ex 12)', () => {
    const twoPointsLost = aCase()
      .infraction({ committed: '2024-03-02', established: '2024-03-15', points: 2 })
      .course('2024-11-04', '2024-11-05');
    expect(balanceOn(twoPointsLost, '2024-11-05')).toBe('10/12');
    expect(upcomingOn(twoPointsLost, '2024-11-05')).toEqual([]);
    expect(balanceOn(twoPointsLost, '2024-11-06')).toBe('12/12');
  });

  it('is allowed once a year, from the anniversary of the previous first day by default', () => {
    const tooEarly = twoPointsLeft.course('2021-11-30', '2021-12-01');
    expect(balanceOn(tooEarly, '2022-01-01')).toBe('6/12');
    const onAnniversary = twoPointsLeft.course('2021-12-01', '2021-12-02');
    expect(balanceOn(onAnniversary, '2022-01-01')).toBe('10/12');
  });

  it('with dayAfterLastDayAnniversary, is allowed from one year and one day after the previous last day', () => {
    const strict = twoPointsLeft.options({ courseYearRule: 'dayAfterLastDayAnniversary' });
    expect(balanceOn(strict.course('2021-12-02', '2021-12-03'), '2022-01-01')).toBe('6/12');
    expect(balanceOn(strict.course('2021-12-03', '2021-12-04'), '2022-01-01')).toBe('10/12');
  });

  it('refused does not become the previous course: the year is still counted from the last one that gave points', () => {
    // Ex 11: the course of November 2021 is refused, the one of December 2021 accepted.
    const refusedThenAccepted = twoPointsLeft
      .course('2021-11-15', '2021-11-16')
      .course('2021-12-01', '2021-12-02');
    expect(balanceOn(refusedThenAccepted, '2021-11-17')).toBe('6/12');
    expect(balanceOn(refusedThenAccepted, '2022-01-01')).toBe('10/12');
    expect(upcomingOn(refusedThenAccepted, '2022-01-01')).toEqual(['2023-10-05 full-restoration +2 → 12']);
  });

  it('that gave nothing at the maximum does not become the previous course', () => {
    const givesNothing = aCase()
      .course('2024-01-08', '2024-01-09')
      .infraction({ committed: '2024-02-01', established: '2024-03-01', points: 3 })
      .course('2024-04-08', '2024-04-09');
    expect(balanceOn(givesNothing, '2024-04-10')).toBe('12/12');
  });

  it('counts the year by the calendar from a 29 February (C2)', () => {
    const leapDay = aCase()
      .infraction({ committed: '2024-01-02', established: '2024-01-10', points: 6 })
      .course('2024-02-29', '2024-03-01')
      .infraction({ committed: '2024-06-02', established: '2024-06-10', points: 4 });
    expect(balanceOn(leapDay.course('2025-02-27', '2025-02-28'), '2025-03-01')).toBe('6/12');
    expect(balanceOn(leapDay.course('2025-02-28', '2025-03-01'), '2025-03-02')).toBe('10/12');
  });

  it('does not move the clock of the full restoration', () => {
    const afterCourse = aCase()
      .infraction({ committed: '2024-03-02', established: '2024-03-15', points: 6 })
      .course('2024-05-01', '2024-05-02');
    expect(upcomingOn(afterCourse, '2024-05-03')).toEqual(['2027-03-15 full-restoration +2 → 12']);
  });

  it('gives nothing to an invalidated licence', () => {
    const invalidated = aCase()
      .balanceKnownOn('2024-01-01', 3)
      .infraction({ committed: '2024-02-01', established: '2024-03-01', points: 3 })
      .course('2024-04-08', '2024-04-09');
    expect(balanceOn(invalidated, '2024-04-10')).toBe('0/12');
  });

  it('credited on the same day as another goes in input order, which can decide a later course (C8)', () => {
    // Both are allowed after the course of 2020; the one credited first becomes the previous course, and the
    // course of 2022 is a year after the first day of A, not of B.
    const licence = aCase().balanceKnownOn('2019-06-01', 2).course('2020-01-02', '2020-01-03');
    const courseA = ['2021-01-02', '2021-01-03', 'A'] as const;
    const courseB = ['2021-01-03', '2021-01-03', 'B'] as const;
    const aFirst = licence
      .course(...courseA)
      .course(...courseB)
      .course('2022-01-02', '2022-01-03');
    const bFirst = licence
      .course(...courseB)
      .course(...courseA)
      .course('2022-01-02', '2022-01-03');
    expect(balanceOn(aFirst, '2021-01-04')).toBe('10/12');
    expect(balanceOn(bFirst, '2021-01-04')).toBe('10/12');
    expect(balanceOn(aFirst, '2022-01-04')).toBe('12/12');
    expect(balanceOn(bFirst, '2022-01-04')).toBe('10/12');
  });
});
