import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/index.ts';
import { parsePointsCase } from './parse-case.ts';
import { computeStatement } from './statement.ts';
import { computeTimeline } from './timeline.ts';
import { aValidCase, anInfraction, knownOn, validCases } from './testing/arbitrary-case.ts';
import type { InfractionFact, PointsCase } from './types.ts';

const RUNS = { numRuns: 400 };

const knownOnly = (pointsCase: PointsCase): PointsCase => ({
  ...pointsCase,
  events: pointsCase.events.filter((event) => knownOn(event) <= pointsCase.asOf),
});

describe('properties of the engine on generated valid cases', () => {
  it('generates cases the parser accepts as they are', () => {
    fc.assert(
      fc.property(aValidCase, (pointsCase) => {
        expect(parsePointsCase(pointsCase)).toEqual({ ok: true, value: pointsCase });
      }),
      RUNS,
    );
  });

  it('keeps the balance within 0 and the maximum, at 0 exactly when invalidated', () => {
    fc.assert(
      fc.property(aValidCase, (pointsCase) => {
        const { balance, maximum, status } = computeStatement(pointsCase);
        expect(balance).toBeGreaterThanOrEqual(0);
        expect(balance).toBeLessThanOrEqual(maximum);
        expect(maximum).toBeLessThanOrEqual(12);
        expect(status === 'invalidated').toBe(balance === 0);
      }),
      RUNS,
    );
  });

  it('never raises the balance on asOf when a point-losing infraction is added, outside probation and courses', () => {
    // Three rules make a withdrawal able to raise a later balance, so the cases leave them out:
    // - a group member established earlier takes a share of the cap (C9) that a later member then does not lose,
    //   and its own point can come back meanwhile;
    // - a course gives at most what the maximum allows (C8): an earlier withdrawal lets it give more, and the
    //   six-month rule later gives that point back as well;
    // - at the end of probation (C7) only an established infraction (S) can give 12 at once: an earlier one
    //   provides S where a later-established one would leave the balance below 12.
    const outsideProbationWithoutCourses = validCases({ probation: ['none'], courses: false });
    fc.assert(
      fc.property(outsideProbationWithoutCourses, anInfraction, (pointsCase, sketch) => {
        const extra = sketch(pointsCase.licence.obtainedOn, 'EXTRA') as InfractionFact;
        delete extra.group;
        fc.pre(extra.points > 0 && extra.establishedOn <= pointsCase.asOf);
        const withExtra = { ...pointsCase, events: [...pointsCase.events, extra] };
        expect(computeStatement(withExtra).balance).toBeLessThanOrEqual(computeStatement(pointsCase).balance);
      }),
      RUNS,
    );
  });

  it('depends only on the events known on asOf', () => {
    fc.assert(
      fc.property(aValidCase, (pointsCase) => {
        expect(computeStatement(pointsCase)).toEqual(computeStatement(knownOnly(pointsCase)));
      }),
      RUNS,
    );
  });

  it('gives the same answer whatever the order of events that fall on different days', () => {
    // Input order decides only between withdrawals established on one day (C9, C11) and courses credited on one
    // day (C8), so the cases keep one infraction per establishment day and one course per last day.
    const distinctDays = aValidCase.filter((pointsCase) => {
      const days = pointsCase.events.map((event) => `${event.type} ${knownOn(event)}`);
      return new Set(days).size === days.length;
    });
    fc.assert(
      fc.property(distinctDays, fc.func(fc.integer()), (pointsCase, rank) => {
        const shuffled = {
          ...pointsCase,
          events: [...pointsCase.events].sort((a, b) => rank(a.id) - rank(b.id)),
        };
        expect(computeStatement(shuffled)).toEqual(computeStatement(pointsCase));
        expect(computeTimeline(shuffled)).toEqual(computeTimeline(pointsCase));
      }),
      RUNS,
    );
  });

  it('lists upcoming changes after asOf in date order, ending at 12 when the licence is valid', () => {
    fc.assert(
      fc.property(aValidCase, (pointsCase) => {
        const { status, balance, probation, upcoming } = computeStatement(pointsCase);
        const dates = upcoming.map((change) => change.date);
        expect(dates.every((date) => date > pointsCase.asOf)).toBe(true);
        expect(dates).toEqual([...dates].sort());
        const courseEndingToday = pointsCase.events.some(
          (event) => event.type === 'course' && event.endedOn === pointsCase.asOf,
        );
        if (status === 'invalidated') expect(upcoming).toEqual([]);
        else if (upcoming.length > 0) expect(upcoming.at(-1)?.balanceAfter).toBe(12);
        else if (!courseEndingToday) expect([balance, probation]).toEqual([12, null]);
      }),
      RUNS,
    );
  });

  it('projects exactly what a later statement shows when nothing new becomes known', () => {
    // A course that ended on asOf is credited the next day without an upcoming entry, so such cases are left out.
    const nothingPending = aValidCase.map((pointsCase) => ({
      ...knownOnly(pointsCase),
      events: knownOnly(pointsCase).events.filter(
        (event) => event.type !== 'course' || event.endedOn !== pointsCase.asOf,
      ),
    }));
    fc.assert(
      fc.property(nothingPending, fc.integer({ min: 1, max: 6000 }), (pointsCase, daysLater) => {
        const now = computeStatement(pointsCase);
        const later = computeStatement({ ...pointsCase, asOf: addDays(pointsCase.asOf, daysLater) });
        const reached = now.upcoming.filter((change) => change.date <= later.asOf);
        expect(later.balance).toBe(reached.at(-1)?.balanceAfter ?? now.balance);
        expect(later.status).toBe(now.status);
        expect(later.upcoming).toEqual(now.upcoming.filter((change) => change.date > later.asOf));
      }),
      RUNS,
    );
  });
});
