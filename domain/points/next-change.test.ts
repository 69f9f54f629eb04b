import { describe, expect, it } from 'vitest';
import { nextAutomaticChangeOn } from './next-change.ts';
import { aCase } from './testing/a-case.ts';

const onePoint = aCase().infraction({
  committed: '2024-03-10',
  established: '2024-03-20',
  points: 1,
  class: 'C3',
});

describe('the next automatic change', () => {
  it('is the first upcoming change', () => {
    expect(nextAutomaticChangeOn(onePoint.on('2024-06-01'))).toBe('2024-09-20');
  });

  it('is the credit day of a course that ended on asOf, even before an upcoming change', () => {
    expect(nextAutomaticChangeOn(onePoint.course('2024-05-31', '2024-06-01').on('2024-06-01'))).toBe(
      '2024-06-02',
    );
  });

  it('is none once the balance is back at 12 outside probation', () => {
    expect(nextAutomaticChangeOn(onePoint.on('2024-09-20'))).toBeNull();
  });

  it('is none for an invalidated licence', () => {
    const invalidated = aCase().balanceKnownOn('2024-01-01', 0).course('2024-05-31', '2024-06-01');
    expect(nextAutomaticChangeOn(invalidated.on('2024-06-01'))).toBeNull();
  });

  it('is the next anniversary during a probation at its maximum', () => {
    expect(
      nextAutomaticChangeOn(aCase().obtainedOn('2023-06-15').probation('traditional').on('2024-06-15')),
    ).toBe('2025-06-15');
  });
});
