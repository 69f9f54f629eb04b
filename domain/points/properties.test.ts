// Properties of the engine over generated valid cases. PROPERTY_RUNS sets the number of runs (500 by
// default, so the file stays quick in CI; `PROPERTY_RUNS=20000 npx vitest run domain/points/properties.test.ts`
// is the thorough check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addYears, type CalendarDate } from '../calendar/index.ts';
import { computeLetters } from './letters.ts';
import { parsePointsCase } from './parse-case.ts';
import { simulate } from './simulate.ts';
import { startingPoint } from './starting-point.ts';
import { computeStatement } from './statement.ts';
import { computeTimeline } from './timeline.ts';
import {
  aCaseAndOneMoreInfraction,
  aValidCase,
  knownOn,
  type CaseAndExtra,
} from './testing/arbitrary-case.ts';
import type { InfractionFact, PointsCase } from './types.ts';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 500) };

const knownOnly = (pointsCase: PointsCase): PointsCase => ({
  ...pointsCase,
  events: pointsCase.events.filter((event) => knownOn(event) <= pointsCase.asOf),
});

const infractionsOf = (pointsCase: PointsCase): InfractionFact[] =>
  pointsCase.events.filter((event): event is InfractionFact => event.type === 'infraction');

/** The balance on asOf and on each day the projection changes it, as a function of the day. */
function balancesFrom(pointsCase: PointsCase): {
  days: CalendarDate[];
  balanceOn: (day: CalendarDate) => number;
} {
  const { changes } = simulate(pointsCase);
  const start = startingPoint(pointsCase.licence).balance;
  return {
    days: changes.map((change) => change.date).filter((date) => date >= pointsCase.asOf),
    balanceOn: (day) => changes.findLast((change) => change.date <= day)?.balanceAfter ?? start,
  };
}

// What RULES.md itself makes of one more infraction. Each exclusion below has its minimal case as a named test
// in adding-an-infraction.test.ts.

/**
 * C9, C15: the extra joins an interception before another member is established. It takes part of the cap that
 * the later member would have lost, and its own point comes back six months later (or ten years later).
 */
const takesTheCapBeforeALaterMember = ({ without, extra }: CaseAndExtra): boolean =>
  extra.group !== undefined &&
  infractionsOf(without).some(
    (member) => member.group === extra.group && member.establishedOn > extra.establishedOn,
  );

/**
 * C4, C5 (CE 21 Nov 2016 n°392555), C8, C15: another point-losing infraction was committed on or before the day
 * the extra is established, and is established after it. The extra moves S past that offence, so the offence no
 * longer blocks a full restoration, which then comes before that infraction is established; or the extra lowers
 * the balance before a course the maximum capped, so the course gives more and the extra's point comes back
 * after that infraction has been withdrawn.
 */
const isEstablishedWhileAnotherIsPending = ({ without, extra }: CaseAndExtra): boolean =>
  infractionsOf(without).some(
    (other) =>
      other.points > 0 &&
      other.offenceDate <= extra.establishedOn &&
      other.establishedOn > extra.establishedOn,
  );

/**
 * C7: in probation, an infraction established at least two years before the normal end gives S, and S + P on or
 * before the end date gives 12 at the end; without it, an infraction established later leaves the balance as it
 * is until its own period runs out.
 */
const givesTheEndOfProbationItsPeriod = ({ without, extra }: CaseAndExtra): boolean => {
  const { probation, obtainedOn } = without.licence;
  if (probation === 'none') return false;
  const normalEnd = addYears(obtainedOn, probation === 'traditional' ? 3 : 2);
  return addYears(extra.establishedOn, 2) <= normalEnd;
};

/**
 * C8, C10: with a course, the extra can keep the balance from reaching 12; the ten-year rule then gives back, in
 * full, points of older withdrawals a course had already given back. So with a course the balances are compared
 * only before the first ten-year date of a C1–C4 withdrawal.
 */
function comparedUntil({ with: withExtra }: CaseAndExtra): CalendarDate | null {
  if (!withExtra.events.some((event) => event.type === 'course')) return null;
  const tenYearDates = infractionsOf(withExtra)
    .filter(
      (infraction) => infraction.points > 0 && infraction.class !== 'C5' && infraction.class !== 'DELIT',
    )
    .map((infraction) => addYears(infraction.establishedOn, 10))
    .sort();
  return tenYearDates[0] ?? null;
}

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

  it('never raises the balance, on asOf or any later day of the projection, when a point-losing infraction is added', () => {
    fc.assert(
      fc.property(aCaseAndOneMoreInfraction, (cases) => {
        expect(parsePointsCase(cases.with).ok).toBe(true);
        if (
          takesTheCapBeforeALaterMember(cases) ||
          isEstablishedWhileAnotherIsPending(cases) ||
          givesTheEndOfProbationItsPeriod(cases)
        )
          return;
        const without = balancesFrom(cases.without);
        const withExtra = balancesFrom(cases.with);
        const until = comparedUntil(cases);
        const days = [cases.with.asOf, ...without.days, ...withExtra.days].filter(
          (day) => until === null || day < until,
        );
        for (const day of days)
          expect(withExtra.balanceOn(day), day).toBeLessThanOrEqual(without.balanceOn(day));
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

  it('gives the same statement, timeline and letters whatever the order of the events', () => {
    // Except C8: courses credited on one day go in input order (courses.test.ts shows it), so cases with two
    // courses ending on one day are left out.
    const noTwoCoursesOnADay = aValidCase.filter((pointsCase) => {
      const lastDays = pointsCase.events.flatMap((event) => (event.type === 'course' ? [event.endedOn] : []));
      return new Set(lastDays).size === lastDays.length;
    });
    fc.assert(
      fc.property(noTwoCoursesOnADay, fc.func(fc.integer()), (pointsCase, rank) => {
        const shuffled = {
          ...pointsCase,
          events: [...pointsCase.events].sort((a, b) => rank(a.id) - rank(b.id)),
        };
        expect(computeStatement(shuffled)).toEqual(computeStatement(pointsCase));
        expect(computeTimeline(shuffled)).toEqual(computeTimeline(pointsCase));
        expect(computeLetters(shuffled)).toEqual(computeLetters(pointsCase));
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
