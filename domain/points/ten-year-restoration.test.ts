import { describe, expect, it } from 'vitest';
import { aCase, type InfractionSketch } from './testing/a-case.ts';
import { balanceOn, upcomingOn } from './testing/ask.ts';

// 1-point offences about every two and a half years keep breaking the 3-year period, so the balance never returns
// to 12; each of these points comes back after its own six months.
const chain: InfractionSketch[] = [
  { committed: '2012-06-01', established: '2012-06-10', points: 1 },
  { committed: '2014-12-01', established: '2014-12-10', points: 1 },
  { committed: '2017-06-01', established: '2017-06-10', points: 1 },
  { committed: '2019-12-01', established: '2019-12-10', points: 1 },
];

const withChain = (first: InfractionSketch, ...others: InfractionSketch[]) =>
  [first, ...others, ...chain].reduce(
    (licence, infraction) => licence.infraction(infraction),
    aCase().obtainedOn('1995-01-01'),
  );

const redLight: InfractionSketch = { committed: '2010-01-01', established: '2010-01-10', points: 3 };

describe('the ten-year rule', () => {
  it('gives back the points of a class 1-4 contravention ten years after its establishment, despite later infractions', () => {
    const licence = withChain(redLight);
    expect(balanceOn(licence, '2020-01-09')).toBe('8/12');
    expect(upcomingOn(licence, '2020-01-09')).toEqual([
      '2020-01-10 ten-year +3 → 11',
      '2020-06-10 six-month +1 → 12',
    ]);
    expect(balanceOn(licence, '2020-01-10')).toBe('11/12');
    expect(balanceOn(licence, '2020-01-11')).toBe('11/12');
  });

  it('never gives back the points of a délit or a class-5 contravention', () => {
    for (const serious of ['DELIT', 'C5'] as const) {
      expect(balanceOn(withChain({ ...redLight, class: serious }), '2020-01-10')).toBe('8/12');
    }
  });

  it('gives nothing once the balance has been back at 12 since the withdrawal', () => {
    const courseAfterwards = withChain(redLight).course('2010-03-01', '2010-03-02');
    expect(balanceOn(courseAfterwards, '2020-01-09')).toBe('11/12');
    expect(balanceOn(courseAfterwards, '2020-01-10')).toBe('11/12');
  });

  it('excludes a withdrawal grouped with a point-losing délit or C5, but not with a 0-point one (C17)', () => {
    const grouped = (delitPoints: number) =>
      withChain(
        { ...redLight, group: 'G' },
        {
          committed: '2010-01-01',
          established: '2010-01-10',
          points: delitPoints,
          class: 'DELIT',
          group: 'G',
        },
      );
    expect(balanceOn(grouped(2), '2020-01-10')).toBe('6/12');
    expect(balanceOn(grouped(0), '2020-01-10')).toBe('11/12');
  });

  it('gives nothing for a point the six-month rule returned, even when that return added nothing (C15)', () => {
    // In probation the course fills the maximum of 6 before the six-month date; the probation ends with the period
    // still running, and the chain keeps the balance under 12 beyond the ten-year date.
    const returnedAtMaximum = aCase()
      .obtainedOn('2010-01-01')
      .probation('traditional')
      .infraction({ committed: '2010-02-01', established: '2010-02-10', points: 1, class: 'C3' })
      .course('2010-03-01', '2010-03-02')
      .infraction({ committed: '2012-06-01', established: '2012-06-10', points: 1 })
      .infraction({ committed: '2014-12-01', established: '2014-12-10', points: 1 })
      .infraction({ committed: '2017-06-01', established: '2017-06-10', points: 1 })
      .infraction({ committed: '2019-12-01', established: '2019-12-10', points: 1 });
    expect(balanceOn(returnedAtMaximum, '2010-08-10')).toBe('6/6');
    expect(balanceOn(returnedAtMaximum, '2013-01-01')).toBe('6/12');
    expect(balanceOn(returnedAtMaximum, '2020-02-10')).toBe('5/12');
  });

  it('gives back only what the maximum allows', () => {
    // 3 then 2 points lost, a course brings the balance to 11 without reaching 12.
    const nearlyFull = withChain(redLight, {
      committed: '2010-06-01',
      established: '2010-06-10',
      points: 2,
    }).course('2010-09-01', '2010-09-02');
    expect(balanceOn(nearlyFull, '2020-01-09')).toBe('10/12');
    expect(upcomingOn(nearlyFull, '2020-01-09')).toEqual(['2020-01-10 ten-year +2 → 12']);
  });
});
