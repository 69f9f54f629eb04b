import { describe, expect, it } from 'vitest';
import { computeTimeline } from './timeline.ts';
import { aCase } from './testing/a-case.ts';
import { balanceOn, statementOn, upcomingOn } from './testing/ask.ts';

describe('invalidation at zero', () => {
  // Ex 16: 12 known on 2023-01-01, then 6, 4 and 3 points.
  const threeWithdrawals = aCase()
    .obtainedOn('2004-11-30')
    .balanceKnownOn('2023-01-01', 12)
    .infraction({ committed: '2023-02-10', established: '2023-03-01', points: 6 })
    .infraction({ committed: '2024-01-15', established: '2024-02-01', points: 4 })
    .infraction({ committed: '2024-08-20', established: '2024-09-01', points: 3 });

  it('invalidates the licence on the day a withdrawal reaches zero, and never shows a negative balance', () => {
    expect(statementOn(threeWithdrawals, '2024-08-31')).toMatchObject({
      balance: 2,
      status: 'valid',
      invalidatedOn: null,
    });
    expect(statementOn(threeWithdrawals, '2024-09-01')).toEqual({
      asOf: '2024-09-01',
      balance: 0,
      maximum: 12,
      status: 'invalidated',
      invalidatedOn: '2024-09-01',
      probation: null,
      upcoming: [],
    });
  });

  it('lets nothing change the licence afterwards: no restoration, no course, no further withdrawal', () => {
    const afterwards = threeWithdrawals
      .course('2024-10-01', '2024-10-02')
      .infraction({ committed: '2025-01-01', established: '2025-01-10', points: 2 });
    expect(statementOn(afterwards, '2027-10-01')).toMatchObject({
      balance: 0,
      status: 'invalidated',
      invalidatedOn: '2024-09-01',
    });
    expect(computeTimeline(afterwards.on('2027-10-01')).at(-1)).toMatchObject({
      date: '2024-09-01',
      kind: 'invalidation',
    });
  });

  it('keeps the maximum of the day of invalidation, and ends a probation (Ex 10)', () => {
    const probationZero = aCase()
      .obtainedOn('2025-01-15')
      .probation('traditional')
      .infraction({ committed: '2025-06-01', established: '2025-06-20', points: 6 });
    expect(statementOn(probationZero, '2027-07-01')).toMatchObject({
      balance: 0,
      maximum: 6,
      status: 'invalidated',
      invalidatedOn: '2025-06-20',
      probation: null,
      upcoming: [],
    });
  });
});

describe('an infraction that cost no point (§3.4)', () => {
  const classThreePoint = aCase().infraction({
    committed: '2024-03-10',
    established: '2024-03-20',
    points: 1,
    class: 'C3',
  });
  const noPoint = { committed: '2024-05-01', established: '2024-05-10', points: 0 } as const;

  it('breaks no six-month window', () => {
    expect(balanceOn(classThreePoint.infraction(noPoint), '2024-09-20')).toBe('12/12');
  });

  it('neither moves nor lengthens the period of the full restoration', () => {
    const classThree = aCase().infraction({
      committed: '2024-03-10',
      established: '2024-03-20',
      points: 2,
      class: 'C3',
    });
    expect(upcomingOn(classThree.infraction({ ...noPoint, class: 'DELIT' }), '2024-06-01')).toEqual([
      '2026-03-20 full-restoration +2 → 12',
    ]);
  });

  it('changes nothing in the statement, though it appears in the history', () => {
    const withNoPoint = classThreePoint.infraction(noPoint);
    expect(statementOn(withNoPoint, '2024-06-01')).toEqual(statementOn(classThreePoint, '2024-06-01'));
    expect(computeTimeline(withNoPoint.on('2024-06-01'))).toContainEqual({
      date: '2024-05-10',
      kind: 'withdrawal',
      points: 0,
      balanceAfter: 11,
      maximumAfter: 12,
      eventId: 'I2',
    });
  });
});

describe('what is known (C13)', () => {
  it('ignores infractions established and courses ended after asOf', () => {
    const future = aCase()
      .infraction({ committed: '2024-03-10', established: '2024-03-20', points: 2 })
      .infraction({ committed: '2024-05-10', established: '2024-06-02', points: 3 })
      .course('2024-05-31', '2024-06-02');
    expect(statementOn(future, '2024-06-01')).toMatchObject({
      balance: 10,
      upcoming: [{ date: '2027-03-20' }],
    });
  });

  it('applies a course that ended on asOf on the next day in the projection, without listing it', () => {
    const courseEndingToday = aCase()
      .infraction({ committed: '2024-03-10', established: '2024-03-20', points: 6 })
      .course('2024-05-31', '2024-06-01');
    expect(upcomingOn(courseEndingToday, '2024-06-01')).toEqual(['2027-03-20 full-restoration +2 → 12']);
  });
});
