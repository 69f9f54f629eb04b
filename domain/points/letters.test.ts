import { describe, expect, it } from 'vitest';
import { computeLetters } from './letters.ts';
import { aCase, type CaseBuilder } from './testing/a-case.ts';

const lettersOn = (licence: CaseBuilder, asOf: string) => computeLetters(licence.on(asOf));
const probationer = aCase().obtainedOn('2024-04-01').probation('traditional');

describe('the letters for withdrawal decisions', () => {
  it('sends a 48 when a withdrawal leaves more than 6 points outside probation', () => {
    const sevenLeft = aCase().infraction({
      id: 'A',
      committed: '2024-03-01',
      established: '2024-03-10',
      points: 5,
    });
    expect(lettersOn(sevenLeft, '2024-06-01')).toEqual([
      { code: '48', date: '2024-03-10', infractionIds: ['A'], balanceAfter: 7 },
    ]);
  });

  it('sends a 48M when it leaves 6 points or less outside probation', () => {
    const sixLeft = aCase().infraction({
      id: 'A',
      committed: '2024-03-01',
      established: '2024-03-10',
      points: 6,
    });
    expect(lettersOn(sixLeft, '2024-06-01')).toEqual([
      { code: '48M', date: '2024-03-10', infractionIds: ['A'], balanceAfter: 6 },
    ]);
  });

  it('sends a 48N for an infraction of 3 points or more in probation', () => {
    const threePoints = probationer.infraction({
      id: 'PHONE',
      committed: '2024-07-01',
      established: '2024-07-10',
      points: 3,
    });
    expect(lettersOn(threePoints, '2024-08-01')).toEqual([
      { code: '48N', date: '2024-07-10', infractionIds: ['PHONE'], balanceAfter: 3 },
    ]);
  });

  it('sends a 48 for smaller infractions in probation, even two of them and even with a low balance', () => {
    const twoSmall = probationer
      .infraction({ id: 'A', committed: '2024-07-01', established: '2024-07-10', points: 2 })
      .infraction({ id: 'B', committed: '2024-07-02', established: '2024-07-10', points: 2 });
    expect(lettersOn(twoSmall, '2024-08-01').map((letter) => [letter.code, letter.infractionIds])).toEqual([
      ['48', ['A']],
      ['48', ['B']],
    ]);
  });

  it('sends a 48SI when the balance reaches zero, before any other letter (Ex 10)', () => {
    const probationZero = probationer.infraction({
      id: 'ALC',
      committed: '2024-06-01',
      established: '2024-06-20',
      points: 6,
    });
    expect(lettersOn(probationZero, '2024-07-01')).toEqual([
      { code: '48SI', date: '2024-06-20', infractionIds: ['ALC'], balanceAfter: 0 },
    ]);
  });

  it('sends one letter for a group established together, with its members heaviest first (Ex 4, C9)', () => {
    const interception = { committed: '2024-05-01', established: '2024-05-10', group: 'G1' };
    const redPhoneBelt = aCase()
      .infraction({ ...interception, id: 'RED', points: 4 })
      .infraction({ ...interception, id: 'PHONE', points: 3 })
      .infraction({ ...interception, id: 'BELT', points: 3 });
    expect(lettersOn(redPhoneBelt, '2024-06-01')).toEqual([
      { code: '48M', date: '2024-05-10', infractionIds: ['RED', 'BELT', 'PHONE'], balanceAfter: 4 },
    ]);
  });

  it('sends one letter per day for a group established on several days', () => {
    const spread = aCase()
      .infraction({ id: 'A', committed: '2024-05-01', established: '2024-05-10', points: 2, group: 'G' })
      .infraction({ id: 'B', committed: '2024-05-01', established: '2024-06-10', points: 4, group: 'G' });
    expect(
      lettersOn(spread, '2024-07-01').map((letter) => [letter.code, letter.date, letter.balanceAfter]),
    ).toEqual([
      ['48', '2024-05-10', 10],
      ['48M', '2024-06-10', 6],
    ]);
  });

  it('sends none for an infraction that cost no point, nor for a withdrawal not yet established', () => {
    const nothingToSend = aCase()
      .infraction({ committed: '2024-03-01', established: '2024-03-10', points: 0 })
      .infraction({ committed: '2024-05-01', established: '2024-06-10', points: 4 });
    expect(lettersOn(nothingToSend, '2024-06-01')).toEqual([]);
  });

  it('sends none after the invalidation', () => {
    const afterZero = aCase()
      .balanceKnownOn('2024-01-01', 2)
      .infraction({ id: 'A', committed: '2024-03-01', established: '2024-03-10', points: 2 })
      .infraction({ id: 'B', committed: '2024-03-02', established: '2024-03-10', points: 1 });
    expect(lettersOn(afterZero, '2024-06-01').map((letter) => letter.infractionIds)).toEqual([['A']]);
  });
});
