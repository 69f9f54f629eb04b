import { describe, expect, it } from 'vitest';
import { computeTimeline } from './timeline.ts';
import { aCase } from './testing/a-case.ts';
import { balanceOn, statementOn, upcomingOn } from './testing/ask.ts';

const interception = { committed: '2024-05-01', established: '2024-05-10', group: 'G1' };

describe('simultaneous infractions (one interception)', () => {
  it('cost at most 8 points together (Ex 4)', () => {
    const redPhoneBelt = aCase()
      .infraction({ ...interception, points: 4 })
      .infraction({ ...interception, points: 3 })
      .infraction({ ...interception, points: 3 });
    expect(balanceOn(redPhoneBelt, '2024-06-01')).toBe('4/12');
    expect(upcomingOn(redPhoneBelt, '2024-06-01')).toEqual(['2027-05-10 full-restoration +8 → 12']);
    expect(computeTimeline(redPhoneBelt.on('2024-06-01')).map((change) => change.points)).toEqual([
      -4, -3, -1,
    ]);
  });

  it('cost 9 together when the group holds the 9-point drugs-and-alcohol délit', () => {
    const drugsAndAlcohol = aCase()
      .infraction({ ...interception, points: 9, class: 'DELIT' })
      .infraction({ ...interception, points: 3 });
    expect(balanceOn(drugsAndAlcohol, '2024-05-10')).toBe('3/12');
  });

  it('are not capped when they are not in one group, even on one day', () => {
    const twoStops = aCase()
      .infraction({ committed: '2024-05-01', established: '2024-05-10', points: 6 })
      .infraction({ committed: '2024-05-01', established: '2024-05-10', points: 4 });
    expect(balanceOn(twoStops, '2024-05-10')).toBe('2/12');
  });

  it('do not save a balance of 8 or less', () => {
    const lowBalance = aCase()
      .balanceKnownOn('2024-01-01', 8)
      .infraction({ ...interception, points: 4 })
      .infraction({ ...interception, points: 4 });
    expect(statementOn(lowBalance, '2024-05-10')).toMatchObject({ balance: 0, status: 'invalidated' });
  });

  it('established on several days: the later members take what is left of the cap (C9)', () => {
    const spread = aCase()
      .infraction({ ...interception, points: 6 })
      .infraction({ ...interception, established: '2024-06-10', points: 4 });
    expect(balanceOn(spread, '2024-06-09')).toBe('6/12');
    expect(balanceOn(spread, '2024-06-10')).toBe('4/12');
  });

  it('share the cap heaviest first within a day, so the cap falls on the lightest member (Ex 17)', () => {
    const oneFirst = aCase()
      .infraction({ ...interception, points: 1, class: 'C3' })
      .infraction({ ...interception, points: 6 })
      .infraction({ ...interception, points: 3 });
    expect(computeTimeline(oneFirst.on('2024-05-10')).map((change) => change.points)).toEqual([-6, -2, 0]);
    // The 1-point member took nothing, so nothing comes back six months later (C15).
    expect(balanceOn(oneFirst, '2024-11-10')).toBe('4/12');
  });

  it('give the same answer whatever the input order of one interception', () => {
    const members = [
      { ...interception, points: 1, class: 'C3' as const },
      { ...interception, points: 4, class: 'C4' as const },
      { ...interception, points: 6, class: 'C4' as const },
    ];
    const orders = [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ];
    for (const order of orders) {
      const licence = order.reduce((built, index) => built.infraction(members[index]!), aCase());
      expect(computeTimeline(licence.on('2024-12-01')).map((change) => change.points)).toEqual([-6, -2, 0]);
      expect(balanceOn(licence, '2024-12-01')).toBe('4/12');
    }
  });

  it('between members of equal points, cut the lighter class first', () => {
    const equalPoints = aCase()
      .infraction({ ...interception, points: 4, class: 'C3' })
      .infraction({ ...interception, points: 4, class: 'C4' })
      .infraction({ ...interception, points: 4, class: 'DELIT' });
    const changes = computeTimeline(equalPoints.on('2024-05-10'));
    expect(changes.map((change) => change.points)).toEqual([-4, -4, 0]);
    expect(changes.map((change) => change.eventId)).toEqual(['I3', 'I2', 'I1']);
  });

  it('keep a member whose share was cut to 0 point-losing: it still moves the start of the period (C17)', () => {
    const cutToZero = aCase()
      .infraction({ ...interception, points: 6 })
      .infraction({ ...interception, points: 2 })
      .infraction({ ...interception, established: '2024-08-01', points: 3 });
    expect(balanceOn(cutToZero, '2024-08-01')).toBe('4/12');
    expect(upcomingOn(cutToZero, '2024-08-01')).toEqual(['2027-08-01 full-restoration +8 → 12']);
  });
});
