import { describe, expect, it } from 'vitest';
import { checkBuiltCase } from './check-built-case.ts';
import { aCase } from './testing/a-case.ts';

describe('checking a case the service built', () => {
  it('gives the parsed case back when the engine can read it', () => {
    const built = aCase()
      .infraction({ committed: '2024-03-10', established: '2024-03-20', points: 1 })
      .on('2024-06-01');
    expect(checkBuiltCase(built)).toEqual({ ok: true, value: built });
  });

  it('locates a problem in an event by its index and its own field', () => {
    const built = aCase()
      .infraction({ committed: '2024-03-10', established: '2024-03-20', points: 1 })
      .infraction({ committed: '2024-04-10', established: '2024-04-20', points: 7 })
      .on('2024-06-01');
    const check = checkBuiltCase(built);
    expect(check).toMatchObject({
      ok: false,
      field: 'events[1].points',
      event: { index: 1, field: 'points' },
    });
  });

  it('names a problem outside the events by its path alone', () => {
    const built = aCase().obtainedOn('2010-05-03').on('2009-01-01');
    const check = checkBuiltCase(built);
    expect(check.ok).toBe(false);
    expect(check).not.toHaveProperty('event');
  });
});
