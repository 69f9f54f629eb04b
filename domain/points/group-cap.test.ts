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

  describe('threshold: members established over several days, in date order (C9)', () => {
    // 4 + 3 on 2024-05-10, then a 6 established on 2024-06-10: it takes what is left of the cap, 1.
    const spread = aCase()
      .infraction({ ...interception, id: 'RED', points: 4 })
      .infraction({ ...interception, id: 'PHONE', points: 3 })
      .infraction({ ...interception, id: 'ALC', established: '2024-06-10', points: 6 });
    const withdrawals = (asOf: string) =>
      computeTimeline(spread.on(asOf)).map((change) => `${change.date} ${change.eventId} ${change.points}`);

    it('the day before the later member: only the first day is withdrawn', () => {
      expect(balanceOn(spread, '2024-06-09')).toBe('5/12');
      expect(withdrawals('2024-06-09')).toEqual(['2024-05-10 RED -4', '2024-05-10 PHONE -3']);
    });

    it('the day of the later member: it takes what is left, although it is the heaviest', () => {
      expect(balanceOn(spread, '2024-06-10')).toBe('4/12');
      expect(withdrawals('2024-06-10').at(-1)).toBe('2024-06-10 ALC -1');
    });

    it('the day after: nothing more, the cap is reached', () => {
      expect(balanceOn(spread, '2024-06-11')).toBe('4/12');
      expect(withdrawals('2024-06-11')).toHaveLength(3);
    });
  });

  it('between members of equal points and class, cut the one whose id comes last', () => {
    const sameWeight = aCase()
      .infraction({ ...interception, id: 'B', points: 3 })
      .infraction({ ...interception, id: 'C', points: 3 })
      .infraction({ ...interception, id: 'A', points: 3 });
    const changes = computeTimeline(sameWeight.on('2024-05-10'));
    expect(changes.map((change) => `${change.eventId} ${change.points}`)).toEqual(['A -3', 'B -3', 'C -2']);
  });

  it('between members of equal points, the class decides before the id', () => {
    const classBeforeId = aCase()
      .infraction({ ...interception, id: 'A', points: 4, class: 'C4' })
      .infraction({ ...interception, id: 'B', points: 4, class: 'C5' })
      .infraction({ ...interception, id: 'C', points: 4, class: 'C4' });
    const changes = computeTimeline(classBeforeId.on('2024-05-10'));
    expect(changes.map((change) => `${change.eventId} ${change.points}`)).toEqual(['B -4', 'A -4', 'C 0']);
  });
});
