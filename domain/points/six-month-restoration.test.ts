import { describe, expect, it } from 'vitest';
import { aCase } from './testing/a-case.ts';
import { balanceOn, statementOn, upcomingOn } from './testing/ask.ts';

// Ex 1: one 1-point C3 infraction established on 2024-03-20; its six-month date is 2024-09-20.
const onePoint = aCase()
  .obtainedOn('2010-05-03')
  .infraction({ id: 'A', committed: '2024-03-10', established: '2024-03-20', points: 1, class: 'C3' });

describe('the six-month rule', () => {
  it('gives the point back six months after the infraction was established, not before', () => {
    expect(balanceOn(onePoint, '2024-09-19')).toBe('11/12');
    expect(upcomingOn(onePoint, '2024-09-19')).toEqual(['2024-09-20 six-month +1 → 12']);
    expect(balanceOn(onePoint, '2024-09-20')).toBe('12/12');
    expect(balanceOn(onePoint, '2024-09-21')).toBe('12/12');
  });

  it('is broken by another point-losing offence committed inside the window, on its first or last day inside', () => {
    for (const committed of ['2024-03-21', '2024-09-19']) {
      const broken = onePoint.infraction({ committed, established: '2024-09-19', points: 2, class: 'C3' });
      expect(balanceOn(broken, '2024-09-20')).toBe('9/12');
    }
  });

  it('is not broken by an offence committed on the day the window opens or on its six-month date', () => {
    const onOpening = onePoint.infraction({
      committed: '2024-03-20',
      established: '2024-04-01',
      points: 2,
      class: 'C3',
    });
    expect(balanceOn(onOpening, '2024-09-20')).toBe('10/12');
    const onClosing = onePoint.infraction({
      committed: '2024-09-20',
      established: '2024-09-25',
      points: 2,
      class: 'C3',
    });
    expect(balanceOn(onClosing, '2024-09-25')).toBe('10/12');
  });

  it('is not broken by an offence committed before the window, even if established inside it (CE 2017)', () => {
    const ce2017 = aCase()
      .obtainedOn('1995-01-01')
      .infraction({ committed: '2013-09-01', established: '2013-10-29', points: 1, class: 'C3' })
      .infraction({ committed: '2013-10-01', established: '2013-12-03', points: 3 });
    expect(balanceOn(ce2017, '2014-04-28')).toBe('8/12');
    expect(balanceOn(ce2017, '2014-04-29')).toBe('9/12');
  });

  it('loses a returned point again once an offence committed inside the window becomes known after it (C13)', () => {
    const late = onePoint.infraction({
      committed: '2024-09-01',
      established: '2024-10-15',
      points: 2,
      class: 'C3',
    });
    expect(balanceOn(late, '2024-10-14')).toBe('12/12');
    expect(balanceOn(late, '2024-10-15')).toBe('9/12');
  });

  it('gives each 1-point infraction its own window', () => {
    // Ex 2: B, committed inside A's window, breaks it; B's own window is intact.
    const twoPoints = aCase()
      .obtainedOn('2008-09-15')
      .infraction({ committed: '2024-01-05', established: '2024-01-15', points: 1, class: 'C3' })
      .infraction({ committed: '2024-04-02', established: '2024-04-20', points: 1, class: 'C3' });
    expect(upcomingOn(twoPoints, '2024-07-15')).toEqual([
      '2024-10-20 six-month +1 → 11',
      '2026-04-20 full-restoration +1 → 12',
    ]);
  });

  it('covers only an infraction that cost exactly one point', () => {
    const twoPoints = aCase().infraction({
      committed: '2024-03-10',
      established: '2024-03-20',
      points: 2,
      class: 'C3',
    });
    expect(balanceOn(twoPoints, '2024-09-20')).toBe('10/12');
  });

  it('gives back only the points a capped group member actually lost (C15)', () => {
    // 6 + 1 + 1 + 1 from one interception: the cap of 8 leaves the last 1-point member nothing to lose.
    const capped = aCase()
      .infraction({ committed: '2024-03-01', established: '2024-03-20', points: 6, group: 'G' })
      .infraction({ committed: '2024-03-01', established: '2024-03-20', points: 1, class: 'C3', group: 'G' })
      .infraction({ committed: '2024-03-01', established: '2024-03-20', points: 1, class: 'C3', group: 'G' })
      .infraction({ committed: '2024-03-01', established: '2024-03-20', points: 1, class: 'C3', group: 'G' });
    expect(balanceOn(capped, '2024-09-19')).toBe('4/12');
    expect(balanceOn(capped, '2024-09-20')).toBe('6/12');
  });

  it('counts six months by the calendar, from the last day of a month to the last day of a shorter one (C2)', () => {
    const monthEnd = aCase().infraction({
      committed: '2024-08-20',
      established: '2024-08-31',
      points: 1,
      class: 'C3',
    });
    expect(balanceOn(monthEnd, '2025-02-27')).toBe('11/12');
    expect(balanceOn(monthEnd, '2025-02-28')).toBe('12/12');
  });

  it('is applied before a withdrawal established on the same day (C11)', () => {
    // Withdrawn first, the second point would reach zero and invalidate the licence.
    const sameDay = aCase()
      .balanceKnownOn('2024-01-01', 2)
      .infraction({ committed: '2024-03-10', established: '2024-03-20', points: 1, class: 'C3' })
      .infraction({ committed: '2024-09-20', established: '2024-09-20', points: 1, class: 'C3' });
    expect(balanceOn(sameDay, '2024-09-19')).toBe('1/12');
    expect(statementOn(sameDay, '2024-09-20')).toMatchObject({ balance: 1, status: 'valid' });
  });
});
