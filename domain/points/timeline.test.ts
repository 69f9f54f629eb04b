import { describe, expect, it } from 'vitest';
import { computeTimeline } from './timeline.ts';
import { aCase } from './testing/a-case.ts';

describe('the timeline', () => {
  it('tells a probation change by change, with the balance and maximum after each', () => {
    // Ex 9 seen after its end: 3 points lost, a capped course, increments refused, 12 three years later.
    const mandatoryCourse = aCase()
      .obtainedOn('2024-04-01')
      .probation('traditional')
      .infraction({ id: 'PHONE', committed: '2024-07-01', established: '2024-07-10', points: 3 })
      .course('2024-09-12', '2024-09-13', 'S1');
    expect(computeTimeline(mandatoryCourse.on('2027-07-10'))).toEqual([
      {
        date: '2024-07-10',
        kind: 'withdrawal',
        points: -3,
        balanceAfter: 3,
        maximumAfter: 6,
        eventId: 'PHONE',
      },
      { date: '2024-09-14', kind: 'course', points: 3, balanceAfter: 6, maximumAfter: 6, eventId: 'S1' },
      { date: '2027-04-01', kind: 'probation-end', points: 0, balanceAfter: 6, maximumAfter: 12 },
      { date: '2027-07-10', kind: 'full-restoration', points: 6, balanceAfter: 12, maximumAfter: 12 },
    ]);
  });

  it('shows increments, six-month returns with the infraction concerned, and stops at asOf', () => {
    const increments = aCase()
      .obtainedOn('2023-06-15')
      .probation('traditional')
      .infraction({ id: 'A', committed: '2024-06-15', established: '2024-07-01', points: 1, class: 'C3' });
    expect(computeTimeline(increments.on('2025-06-15'))).toEqual([
      { date: '2024-06-15', kind: 'probation-increment', points: 2, balanceAfter: 8, maximumAfter: 8 },
      { date: '2024-07-01', kind: 'withdrawal', points: -1, balanceAfter: 7, maximumAfter: 8, eventId: 'A' },
      { date: '2025-01-01', kind: 'six-month', points: 1, balanceAfter: 8, maximumAfter: 8, eventId: 'A' },
    ]);
  });

  it('lists a refused course with 0 points, and a withdrawal cut by the zero floor at its actual amount', () => {
    const refusedThenZero = aCase()
      .balanceKnownOn('2020-01-01', 9)
      .course('2020-03-01', '2020-03-02', 'S1')
      .course('2020-06-01', '2020-06-02', 'S2')
      .infraction({ id: 'ALC', committed: '2020-07-01', established: '2020-07-10', points: 6 })
      .infraction({ id: 'PHONE', committed: '2020-08-01', established: '2020-08-10', points: 3 })
      .infraction({ id: 'RED', committed: '2020-08-05', established: '2020-09-10', points: 4 });
    expect(computeTimeline(refusedThenZero.on('2021-01-01'))).toEqual([
      { date: '2020-03-03', kind: 'course', points: 3, balanceAfter: 12, maximumAfter: 12, eventId: 'S1' },
      { date: '2020-06-03', kind: 'course', points: 0, balanceAfter: 12, maximumAfter: 12, eventId: 'S2' },
      {
        date: '2020-07-10',
        kind: 'withdrawal',
        points: -6,
        balanceAfter: 6,
        maximumAfter: 12,
        eventId: 'ALC',
      },
      {
        date: '2020-08-10',
        kind: 'withdrawal',
        points: -3,
        balanceAfter: 3,
        maximumAfter: 12,
        eventId: 'PHONE',
      },
      {
        date: '2020-09-10',
        kind: 'withdrawal',
        points: -4,
        balanceAfter: 0,
        maximumAfter: 12,
        eventId: 'RED',
      },
      {
        date: '2020-09-10',
        kind: 'invalidation',
        points: 0,
        balanceAfter: 0,
        maximumAfter: 12,
        eventId: 'RED',
      },
    ]);
  });

  it('orders a day as C11 does: restorations, then courses, then withdrawals in input order', () => {
    const busyDay = aCase()
      .infraction({ id: 'B', committed: '2024-01-05', established: '2024-01-10', points: 2, class: 'C3' })
      .infraction({ id: 'C', committed: '2026-01-10', established: '2026-01-10', points: 3 })
      .course('2026-01-08', '2026-01-09', 'S')
      .infraction({ id: 'D', committed: '2026-01-10', established: '2026-01-10', points: 1 });
    expect(
      computeTimeline(busyDay.on('2026-01-10'))
        .filter((change) => change.date === '2026-01-10')
        .map(({ kind, eventId, points }) => [kind, eventId, points]),
    ).toEqual([
      ['full-restoration', undefined, 2],
      ['course', 'S', 0],
      ['withdrawal', 'C', -3],
      ['withdrawal', 'D', -1],
    ]);
  });

  it('names returns due on one day by establishment date, then by id, whatever the input order (C11)', () => {
    const members = [
      { id: 'B', committed: '2024-05-01', established: '2024-05-10', points: 1, class: 'C3' as const },
      { id: 'A', committed: '2024-05-01', established: '2024-05-10', points: 1, class: 'C3' as const },
      // 30 Aug and 31 Aug + 6 months are both 28 Feb (C2): the one established first comes back first.
      { id: 'D', committed: '2024-05-01', established: '2024-08-30', points: 1, class: 'C3' as const },
      { id: 'C', committed: '2024-05-01', established: '2024-08-31', points: 1, class: 'C3' as const },
    ];
    const returns = (order: number[]) =>
      computeTimeline(
        order.reduce((built, index) => built.infraction(members[index]!), aCase()).on('2025-03-01'),
      )
        .filter((change) => change.kind === 'six-month')
        .map((change) => `${change.date} ${change.eventId}`);
    const expected = ['2024-11-10 A', '2024-11-10 B', '2025-02-28 D', '2025-02-28 C'];
    expect(returns([0, 1, 2, 3])).toEqual(expected);
    expect(returns([3, 2, 1, 0])).toEqual(expected);
  });
});
