// One more point-losing infraction never raises the balance (properties.test.ts), except where RULES.md itself
// makes it do so. These are the smallest such cases found by the property test, one per exclusion it states.
import { describe, expect, it } from 'vitest';
import { aCase, type CaseBuilder, type InfractionSketch } from './testing/a-case.ts';
import { balanceOn } from './testing/ask.ts';

function withAndWithout(licence: CaseBuilder, extra: InfractionSketch) {
  return (asOf: string) => ({
    without: balanceOn(licence, asOf),
    with: balanceOn(licence.infraction(extra), asOf),
  });
}

describe('one more infraction raises the balance only where RULES.md makes it', () => {
  it('C9, C15: an interception member established before the others takes part of the cap, and its point comes back', () => {
    const interception = aCase()
      .infraction({ committed: '2024-05-01', established: '2024-06-10', points: 6, group: 'G' })
      .infraction({ committed: '2024-05-01', established: '2024-06-10', points: 4, group: 'G' });
    const paidFirst = {
      committed: '2024-05-01',
      established: '2024-05-10',
      points: 1,
      class: 'C3',
      group: 'G',
    } as const;
    const balances = withAndWithout(interception, paidFirst);
    // Without it: 6 + 2 (the cap cuts the 4). With it: 1, then 6 + 1, then the 1 comes back.
    expect(balances('2024-06-10')).toEqual({ without: '4/12', with: '4/12' });
    expect(balances('2024-11-10')).toEqual({ without: '4/12', with: '5/12' });
  });

  it('C4, C5: an infraction established after another one was committed moves S past it, so that offence no longer blocks the full restoration', () => {
    const blockedThenLate = aCase()
      .infraction({ committed: '2024-01-05', established: '2024-01-10', points: 2, class: 'C3' })
      // Committed inside the first period (it blocks 2026-01-10), established long after.
      .infraction({ committed: '2024-03-01', established: '2026-06-01', points: 2, class: 'C3' });
    const establishedAfterThatOffence = {
      committed: '2024-02-01',
      established: '2024-03-05',
      points: 2,
      class: 'C3',
    } as const;
    const balances = withAndWithout(blockedThenLate, establishedAfterThatOffence);
    // Once the late one is known: without the extra, 2026-01-10 is blocked and the balance is 10 until the late one
    // costs 2 more. With it, S = 2024-03-05 and nothing was committed in the next two years: 12 on 2026-03-05,
    // then the late one.
    expect(balances('2026-06-01')).toEqual({ without: '8/12', with: '10/12' });
  });

  it('C8, C15: an infraction before a course the maximum caps lets the course give more, and its point comes back after a late withdrawal', () => {
    const courseThenLateWithdrawal = aCase()
      .balanceKnownOn('2020-01-01', 11)
      .course('2020-04-01', '2020-04-02')
      // Committed before the extra was established, so it does not break the extra's six-month window.
      .infraction({ committed: '2020-02-15', established: '2020-06-01', points: 4 });
    const onePointBefore = {
      committed: '2020-02-01',
      established: '2020-03-01',
      points: 1,
      class: 'C3',
    } as const;
    const balances = withAndWithout(courseThenLateWithdrawal, onePointBefore);
    // Without it the course gives 1 (11 → 12); with it 2 (10 → 12); both then lose 4; the extra's point comes back.
    expect(balances('2020-06-01')).toEqual({ without: '8/12', with: '8/12' });
    expect(balances('2020-09-01')).toEqual({ without: '8/12', with: '9/12' });
  });

  it('C7: in probation, an infraction whose period ends before the end date gives 12 at the end, which a later-established one alone does not', () => {
    const offenceBeforeTheEnd = aCase()
      .obtainedOn('2020-01-01')
      .probation('traditional')
      .infraction({ committed: '2022-11-17', established: '2023-01-01', points: 1, class: 'C3' });
    const earlyInProbation = {
      committed: '2020-03-01',
      established: '2020-03-01',
      points: 1,
      class: 'C3',
    } as const;
    const balances = withAndWithout(offenceBeforeTheEnd, earlyInProbation);
    // Without it: 10/10 at the end, no S yet, so the balance stays (C7), then − 1. With it: the increments are
    // lost, but its period (2020-03-01 + 2 years) ended before the end date, so 12 at the end, then − 1.
    expect(balances('2022-12-31')).toEqual({ without: '10/10', with: '6/6' });
    expect(balances('2023-01-01')).toEqual({ without: '9/12', with: '11/12' });
  });

  it('C8, C10: an infraction that keeps the balance from 12 lets the ten-year rule give back points a course had given back already', () => {
    const courseThenRestored = aCase()
      .infraction({ committed: '2010-01-10', established: '2010-01-10', points: 5 })
      .course('2010-03-01', '2010-03-02')
      .infraction({ committed: '2019-06-01', established: '2019-06-01', points: 2 });
    // Committed inside the first period, so it blocks the full restoration of 2013-01-10; established late.
    const blocksTheRestoration = { committed: '2012-01-01', established: '2019-06-01', points: 2 } as const;
    const balances = withAndWithout(courseThenRestored, blocksTheRestoration);
    // Without it: 7, the course 11, 12 on 2013-01-10, 10 in 2019, and no ten-year return (the balance was 12).
    // With it: 7, 11, no restoration, 7 in 2019, then the ten-year return of the first 5 points: 12.
    expect(balances('2019-06-01')).toEqual({ without: '10/12', with: '7/12' });
    expect(balances('2020-01-10')).toEqual({ without: '10/12', with: '12/12' });
  });
});
