import { describe, expect, it } from 'vitest';
import { aCase } from './testing/a-case.ts';
import { balanceOn, upcomingOn } from './testing/ask.ts';

const heldSince2009 = aCase().obtainedOn('2009-03-03');

describe('the full restoration', () => {
  it('gives 12 back two years after the last establishment when the cycle holds only classes 1 to 3', () => {
    const classThree = heldSince2009.infraction({
      committed: '2024-03-10',
      established: '2024-03-20',
      points: 2,
      class: 'C3',
    });
    expect(balanceOn(classThree, '2026-03-19')).toBe('10/12');
    expect(upcomingOn(classThree, '2026-03-19')).toEqual(['2026-03-20 full-restoration +2 → 12']);
    expect(balanceOn(classThree, '2026-03-20')).toBe('12/12');
    expect(balanceOn(classThree, '2026-03-21')).toBe('12/12');
  });

  it('waits three years when any infraction of the cycle is a C4, a C5 or a délit', () => {
    for (const threeYearClass of ['C4', 'C5', 'DELIT'] as const) {
      const serious = heldSince2009.infraction({
        committed: '2024-03-10',
        established: '2024-03-20',
        points: 2,
        class: threeYearClass,
      });
      expect(balanceOn(serious, '2026-03-20')).toBe('10/12');
      expect(balanceOn(serious, '2027-03-19')).toBe('10/12');
      expect(balanceOn(serious, '2027-03-20')).toBe('12/12');
    }
  });

  it('waits three years from the last establishment when an older class-4 infraction is in the cycle (CE 2016)', () => {
    // Ex 13.
    const olderClassFour = aCase()
      .balanceKnownOn('2021-01-01', 12)
      .infraction({ committed: '2022-02-15', established: '2022-03-01', points: 3, class: 'C4' })
      .infraction({ committed: '2024-05-20', established: '2024-06-01', points: 1, class: 'C3' });
    expect(upcomingOn(olderClassFour, '2026-06-01')).toEqual(['2027-06-01 full-restoration +3 → 12']);
    expect(balanceOn(olderClassFour, '2027-05-31')).toBe('9/12');
    expect(balanceOn(olderClassFour, '2027-06-01')).toBe('12/12');
  });

  it('restarts from a later establishment, even of an infraction committed long before', () => {
    const restarted = heldSince2009
      .infraction({ committed: '2024-03-10', established: '2024-03-20', points: 2, class: 'C3' })
      .infraction({ committed: '2024-04-01', established: '2025-01-10', points: 2, class: 'C3' });
    expect(balanceOn(restarted, '2026-03-20')).toBe('8/12');
    expect(balanceOn(restarted, '2027-01-09')).toBe('8/12');
    expect(balanceOn(restarted, '2027-01-10')).toBe('12/12');
  });

  it('is not broken by an offence on the last establishment day or on the restoration day itself (C4)', () => {
    const onBothEnds = heldSince2009
      .infraction({ committed: '2024-03-01', established: '2024-03-20', points: 2, class: 'C3' })
      .infraction({ committed: '2024-03-20', established: '2024-03-20', points: 2, class: 'C3' })
      .infraction({ committed: '2026-03-20', established: '2026-04-01', points: 3, class: 'C3' });
    expect(balanceOn(onBothEnds, '2026-03-20')).toBe('12/12');
    expect(balanceOn(onBothEnds, '2026-04-01')).toBe('9/12');
  });

  it('disappears once an offence committed inside the period is established after it, and restarts from there (C13)', () => {
    const late = heldSince2009
      .infraction({ committed: '2024-03-10', established: '2024-03-20', points: 2, class: 'C3' })
      .infraction({ committed: '2026-03-19', established: '2026-05-01', points: 3, class: 'C3' });
    expect(balanceOn(late, '2026-04-30')).toBe('12/12');
    expect(balanceOn(late, '2026-05-01')).toBe('7/12');
    expect(upcomingOn(late, '2026-05-01')).toEqual(['2028-05-01 full-restoration +5 → 12']);
  });

  it('is neither blocked nor moved back by an offence committed before S and established after X (C17)', () => {
    const committedBefore = heldSince2009
      .infraction({ committed: '2024-01-01', established: '2024-01-10', points: 2, class: 'C3' })
      .infraction({ committed: '2023-12-01', established: '2026-03-01', points: 1, class: 'C3' });
    expect(balanceOn(committedBefore, '2026-01-10')).toBe('12/12');
    expect(balanceOn(committedBefore, '2026-03-01')).toBe('11/12');
    expect(upcomingOn(committedBefore, '2026-03-01')).toEqual(['2026-09-01 six-month +1 → 12']);
  });

  it('starts a new cycle, so a class-4 infraction of the previous cycle no longer makes it three years', () => {
    const newCycle = heldSince2009
      .infraction({ committed: '2020-01-01', established: '2020-01-10', points: 2, class: 'C4' })
      .infraction({ committed: '2024-01-01', established: '2024-01-10', points: 2, class: 'C3' });
    expect(balanceOn(newCycle, '2023-01-10')).toBe('12/12');
    expect(upcomingOn(newCycle, '2024-01-10')).toEqual(['2026-01-10 full-restoration +2 → 12']);
  });

  it('starts a new cycle on its date even when the balance is already 12 (C5)', () => {
    // The C4 point comes back after six months; the invisible restoration of 2023-01-10 still closes its cycle.
    const classFourPoint = heldSince2009.infraction({
      committed: '2020-01-01',
      established: '2020-01-10',
      points: 1,
      class: 'C4',
    });
    const afterTheRestart = classFourPoint.infraction({
      committed: '2023-06-01',
      established: '2023-06-01',
      points: 2,
      class: 'C3',
    });
    expect(upcomingOn(afterTheRestart, '2023-06-01')).toEqual(['2025-06-01 full-restoration +2 → 12']);
    const beforeTheRestart = classFourPoint.infraction({
      committed: '2022-12-01',
      established: '2022-12-01',
      points: 2,
      class: 'C3',
    });
    expect(upcomingOn(beforeTheRestart, '2022-12-01')).toEqual(['2025-12-01 full-restoration +2 → 12']);
  });

  it('comes first on its day, so an infraction established that day opens the next cycle (C11)', () => {
    const sameDay = heldSince2009
      .infraction({ committed: '2024-01-01', established: '2024-01-10', points: 2, class: 'C4' })
      .infraction({ committed: '2027-01-10', established: '2027-01-10', points: 2, class: 'C3' });
    expect(balanceOn(sameDay, '2027-01-10')).toBe('10/12');
    expect(upcomingOn(sameDay, '2027-01-10')).toEqual(['2029-01-10 full-restoration +2 → 12']);
  });

  it('counts years by the calendar: 29 February plus two years is 28 February (C2)', () => {
    // Ex 15.
    const leapDay = aCase()
      .balanceKnownOn('2023-06-01', 12)
      .infraction({ committed: '2024-01-02', established: '2024-01-10', points: 1, class: 'C3' })
      .infraction({ committed: '2024-02-20', established: '2024-02-29', points: 1, class: 'C3' });
    expect(balanceOn(leapDay, '2026-02-27')).toBe('11/12');
    expect(balanceOn(leapDay, '2026-02-28')).toBe('12/12');
  });

  it('is not listed when it adds nothing', () => {
    const pointBack = heldSince2009.infraction({
      committed: '2024-03-10',
      established: '2024-03-20',
      points: 1,
      class: 'C3',
    });
    expect(upcomingOn(pointBack, '2024-06-01')).toEqual(['2024-09-20 six-month +1 → 12']);
  });
});
