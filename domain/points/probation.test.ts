import { describe, expect, it } from 'vitest';
import { aCase } from './testing/a-case.ts';
import { balanceOn, statementOn, upcomingOn } from './testing/ask.ts';

const traditional = aCase().obtainedOn('2023-06-15').probation('traditional');
const accompanied = aCase().obtainedOn('2024-02-10').probation('accompanied');
const traditionalWithTraining = aCase()
  .obtainedOn('2024-03-01')
  .probation('traditional', { complementaryTraining: true });
const accompaniedWithTraining = aCase()
  .obtainedOn('2024-02-10')
  .probation('accompanied', { complementaryTraining: true });

describe('a probation with no infraction', () => {
  it('traditional: 6, then 8 and 10 on the first two anniversaries, 12 at the end of the third year', () => {
    expect(balanceOn(traditional, '2023-06-15')).toBe('6/6');
    expect(balanceOn(traditional, '2024-06-14')).toBe('6/6');
    expect(balanceOn(traditional, '2024-06-15')).toBe('8/8');
    expect(upcomingOn(traditional, '2024-06-15')).toEqual([
      '2025-06-15 probation-increment +2 → 10',
      '2026-06-15 probation-end +2 → 12',
    ]);
    expect(balanceOn(traditional, '2025-06-14')).toBe('8/8');
    expect(balanceOn(traditional, '2025-06-15')).toBe('10/10');
    expect(balanceOn(traditional, '2026-06-14')).toBe('10/10');
    expect(balanceOn(traditional, '2026-06-15')).toBe('12/12');
    expect(balanceOn(traditional, '2026-06-16')).toBe('12/12');
  });

  it('accompanied (AAC): 9 after one year, 12 after two', () => {
    expect(balanceOn(accompanied, '2025-02-09')).toBe('6/6');
    expect(balanceOn(accompanied, '2025-02-10')).toBe('9/9');
    expect(upcomingOn(accompanied, '2025-06-01')).toEqual(['2026-02-10 probation-end +3 → 12']);
    expect(balanceOn(accompanied, '2026-02-09')).toBe('9/9');
    expect(balanceOn(accompanied, '2026-02-10')).toBe('12/12');
  });

  it('traditional with complementary training: 8 after one year, 12 after two', () => {
    expect(balanceOn(traditionalWithTraining, '2025-02-28')).toBe('6/6');
    expect(balanceOn(traditionalWithTraining, '2025-03-01')).toBe('8/8');
    expect(upcomingOn(traditionalWithTraining, '2025-03-01')).toEqual(['2026-03-01 probation-end +4 → 12']);
    expect(balanceOn(traditionalWithTraining, '2026-02-28')).toBe('8/8');
    expect(balanceOn(traditionalWithTraining, '2026-03-01')).toBe('12/12');
  });

  it('accompanied with complementary training: 9 after one year, 12 after eighteen months', () => {
    expect(balanceOn(accompaniedWithTraining, '2025-02-10')).toBe('9/9');
    expect(statementOn(accompaniedWithTraining, '2025-08-09').probation).toEqual({
      endsOn: '2025-08-10',
      incrementsForfeited: false,
    });
    expect(balanceOn(accompaniedWithTraining, '2025-08-09')).toBe('9/9');
    expect(balanceOn(accompaniedWithTraining, '2025-08-10')).toBe('12/12');
  });

  it('falls on the last day of a shorter month: 31 August plus 18 months is 28 February (C2)', () => {
    const monthEnd = aCase()
      .obtainedOn('2023-08-31')
      .probation('accompanied', { complementaryTraining: true });
    expect(statementOn(monthEnd, '2024-09-01').probation?.endsOn).toBe('2025-02-28');
    expect(balanceOn(monthEnd, '2025-02-27')).toBe('9/9');
    expect(balanceOn(monthEnd, '2025-02-28')).toBe('12/12');
  });

  it('counts anniversaries of a 29 February licence on 28 February (C2)', () => {
    const leapDay = aCase().obtainedOn('2024-02-29').probation('traditional');
    expect(balanceOn(leapDay, '2025-02-27')).toBe('6/6');
    expect(balanceOn(leapDay, '2025-02-28')).toBe('8/8');
    expect(balanceOn(leapDay, '2028-02-29')).toBe('12/12');
  });

  it('runs until the day before its end: the statement shows no probation on the end date', () => {
    expect(statementOn(traditional, '2026-06-14').probation).toEqual({
      endsOn: '2026-06-15',
      incrementsForfeited: false,
    });
    expect(statementOn(traditional, '2026-06-15').probation).toBeNull();
  });
});

describe('an infraction during probation', () => {
  // Ex 8: the 1-point infraction of year 2 comes back after six months, but the increments are gone.
  const interrupted = aCase()
    .obtainedOn('2023-01-10')
    .probation('traditional')
    .infraction({ committed: '2024-05-05', established: '2024-05-20', points: 1, class: 'C3' });

  it('cancels the remaining increments even when its point comes back', () => {
    expect(balanceOn(interrupted, '2024-05-20')).toBe('7/8');
    expect(balanceOn(interrupted, '2024-11-20')).toBe('8/8');
    expect(balanceOn(interrupted, '2025-01-10')).toBe('8/8');
    expect(statementOn(interrupted, '2025-01-10').probation).toEqual({
      endsOn: '2026-01-10',
      incrementsForfeited: true,
    });
  });

  it('does not lengthen the probation: the maximum becomes 12 at its end, the balance only when the period has run', () => {
    expect(upcomingOn(interrupted, '2025-01-10')).toEqual([
      '2026-01-10 probation-end +0 → 8',
      '2026-05-20 full-restoration +4 → 12',
    ]);
    expect(balanceOn(interrupted, '2026-01-10')).toBe('8/12');
    expect(balanceOn(interrupted, '2026-05-19')).toBe('8/12');
    expect(balanceOn(interrupted, '2026-05-20')).toBe('12/12');
  });

  it('gives 12 at the end when its 2-or-3-year period ran out during the probation, never before (C7)', () => {
    const early = aCase()
      .obtainedOn('2020-01-01')
      .probation('traditional')
      .infraction({ committed: '2020-03-01', established: '2020-03-10', points: 2, class: 'C3' });
    expect(balanceOn(early, '2022-03-10')).toBe('4/6');
    expect(upcomingOn(early, '2022-12-31')).toEqual(['2023-01-01 probation-end +8 → 12']);
    expect(balanceOn(early, '2023-01-01')).toBe('12/12');
  });

  it('costs only the later increments when committed on an anniversary', () => {
    const onAnniversary = traditional.infraction({
      committed: '2024-06-15',
      established: '2024-07-01',
      points: 1,
      class: 'C3',
    });
    expect(balanceOn(onAnniversary, '2024-07-01')).toBe('7/8');
    expect(balanceOn(onAnniversary, '2025-06-15')).toBe('8/8');
  });

  it('takes back an increment already shown once an offence committed the day before becomes known (C13)', () => {
    const dayBefore = traditional.infraction({
      committed: '2024-06-14',
      established: '2024-06-20',
      points: 1,
      class: 'C3',
    });
    expect(balanceOn(dayBefore, '2024-06-19')).toBe('8/8');
    expect(balanceOn(dayBefore, '2024-06-20')).toBe('5/6');
  });

  it('with recordedWithdrawals, counts only withdrawals established before the anniversary', () => {
    const recorded = traditional.options({ probationIncrementBasis: 'recordedWithdrawals' });
    const establishedAfter = recorded.infraction({
      committed: '2024-06-14',
      established: '2024-06-20',
      points: 1,
      class: 'C3',
    });
    expect(balanceOn(establishedAfter, '2024-06-20')).toBe('7/8');
    expect(balanceOn(establishedAfter, '2025-06-15')).toBe('8/8');
    const establishedOnAnniversary = recorded.infraction({
      committed: '2024-06-01',
      established: '2024-06-15',
      points: 1,
      class: 'C3',
    });
    expect(balanceOn(establishedOnAnniversary, '2024-06-15')).toBe('7/8');
    const establishedBefore = recorded.infraction({
      committed: '2024-06-01',
      established: '2024-06-14',
      points: 1,
      class: 'C3',
    });
    expect(balanceOn(establishedBefore, '2024-06-15')).toBe('5/6');
  });

  it('committed before the end but established after it keeps the balance from reaching 12 at the end', () => {
    const straddling = aCase()
      .obtainedOn('2020-01-01')
      .probation('traditional')
      .infraction({ committed: '2022-12-01', established: '2023-02-01', points: 2, class: 'C3' });
    expect(balanceOn(straddling, '2023-01-31')).toBe('12/12');
    expect(balanceOn(straddling, '2023-02-01')).toBe('8/12');
    expect(upcomingOn(straddling, '2023-02-01')).toEqual(['2025-02-01 full-restoration +4 → 12']);
    const recorded = straddling.options({ probationIncrementBasis: 'recordedWithdrawals' });
    expect(balanceOn(recorded, '2023-02-01')).toBe('10/12');
  });

  it('forfeits the increments of an accompanied probation, and is reported even when none remained', () => {
    const firstYear = accompanied.infraction({
      committed: '2024-05-01',
      established: '2024-05-10',
      points: 1,
      class: 'C3',
    });
    expect(balanceOn(firstYear, '2025-02-10')).toBe('6/6');
    expect(upcomingOn(firstYear, '2025-02-10')).toEqual([
      '2026-02-10 probation-end +0 → 6',
      '2026-05-10 full-restoration +6 → 12',
    ]);
    const secondYear = accompanied.infraction({
      committed: '2025-06-01',
      established: '2025-06-10',
      points: 1,
      class: 'C3',
    });
    expect(statementOn(secondYear, '2025-06-10')).toMatchObject({
      balance: 8,
      maximum: 9,
      probation: { endsOn: '2026-02-10', incrementsForfeited: true },
    });
  });

  it('of 0 points changes nothing: increments and end stay (§3.4)', () => {
    const noPoint = traditional.infraction({
      committed: '2024-01-01',
      established: '2024-01-10',
      points: 0,
      class: 'C3',
    });
    expect(statementOn(noPoint, '2024-06-15')).toMatchObject({
      balance: 8,
      maximum: 8,
      probation: { endsOn: '2026-06-15', incrementsForfeited: false },
    });
  });

  it('takes a mandatory course within the probationary maximum', () => {
    // Ex 9: 3 points lost, the course gives back only 3.
    const mandatoryCourse = aCase()
      .obtainedOn('2024-04-01')
      .probation('traditional')
      .infraction({ committed: '2024-07-01', established: '2024-07-10', points: 3 })
      .course('2024-09-12', '2024-09-13');
    expect(balanceOn(mandatoryCourse, '2024-09-14')).toBe('6/6');
    expect(upcomingOn(mandatoryCourse, '2024-09-14')).toEqual([
      '2027-04-01 probation-end +0 → 6',
      '2027-07-10 full-restoration +6 → 12',
    ]);
  });
});

describe('the complementary-training shortening', () => {
  it('is lost by a point-losing offence committed before the shortened end: the normal length applies', () => {
    const lost = traditionalWithTraining.infraction({
      committed: '2025-05-01',
      established: '2025-05-10',
      points: 1,
      class: 'C3',
    });
    expect(statementOn(lost, '2025-05-10')).toMatchObject({
      balance: 7,
      maximum: 8,
      probation: { endsOn: '2027-03-01', incrementsForfeited: true },
    });
    expect(balanceOn(lost, '2026-03-01')).toBe('8/8');
    expect(balanceOn(lost, '2027-03-01')).toBe('8/12');
    expect(balanceOn(lost, '2027-05-10')).toBe('12/12');
  });

  it('is lost retroactively when that offence becomes known after the shortened end (C13)', () => {
    const lostLate = traditionalWithTraining.infraction({
      committed: '2026-02-28',
      established: '2026-03-05',
      points: 1,
      class: 'C3',
    });
    expect(statementOn(lostLate, '2026-03-04')).toMatchObject({ balance: 12, maximum: 12, probation: null });
    expect(statementOn(lostLate, '2026-03-05')).toMatchObject({
      balance: 7,
      maximum: 8,
      probation: { endsOn: '2027-03-01', incrementsForfeited: true },
    });
  });

  it('is kept when the offence is committed on the shortened end date or later', () => {
    const onEnd = traditionalWithTraining.infraction({
      committed: '2026-03-01',
      established: '2026-03-05',
      points: 1,
      class: 'C3',
    });
    expect(statementOn(onEnd, '2026-03-05')).toMatchObject({ balance: 11, maximum: 12, probation: null });
  });

  it('with recordedWithdrawals, is lost only by a withdrawal established before the shortened end', () => {
    const recorded = traditionalWithTraining.options({ probationIncrementBasis: 'recordedWithdrawals' });
    const establishedAfter = recorded.infraction({
      committed: '2026-02-28',
      established: '2026-03-05',
      points: 1,
      class: 'C3',
    });
    expect(statementOn(establishedAfter, '2026-03-05')).toMatchObject({
      balance: 11,
      maximum: 12,
      probation: null,
    });
  });
});
