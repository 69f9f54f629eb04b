// fast-check generators of valid points cases for the property tests: licences of every kind, with or without a
// known balance, and a few infractions, groups and courses spread over the years around asOf.
import fc from 'fast-check';
import { addDays, type CalendarDate } from '../../calendar/index.ts';
import { probationOn } from '../probation.ts';
import type {
  CourseFact,
  InfractionClass,
  InfractionFact,
  LicenceFacts,
  PointsCase,
  PointsEvent,
  ProbationKind,
} from '../types.ts';
import { day } from './a-case.ts';

const CLASSES: InfractionClass[] = ['C1', 'C2', 'C3', 'C4', 'C5', 'DELIT'];

const PROBATION_KINDS: ProbationKind[] = ['none', 'traditional', 'accompanied'];

const aLicence = (kinds: ProbationKind[]): fc.Arbitrary<LicenceFacts> =>
  fc
    .record({
      obtainedAfter: fc.integer({ min: 0, max: 7000 }),
      probation: fc.constantFrom(...kinds),
      training: fc.boolean(),
      knownBalance: fc.option(
        fc.record({ after: fc.integer({ min: 0, max: 2500 }), balance: fc.integer({ min: 0, max: 12 }) }),
        { freq: 2 },
      ),
    })
    .map(({ obtainedAfter, probation, training, knownBalance }) => {
      const licence: LicenceFacts = {
        obtainedOn: addDays(day('2000-01-01'), obtainedAfter),
        probation,
        complementaryTraining: probation !== 'none' && training,
      };
      if (knownBalance === null) return licence;
      const balanceKnownOn = addDays(licence.obtainedOn, knownBalance.after);
      const { maximum } = probationOn(licence, balanceKnownOn);
      return { ...licence, balanceKnownOn, initialBalance: Math.min(knownBalance.balance, maximum) };
    });

/** An infraction or course a number of days after `from`, identified later by its place in the events. */
type EventSketch = (from: CalendarDate, id: string) => PointsEvent;

export const anInfraction: fc.Arbitrary<EventSketch> = fc
  .record({
    committedAfter: fc.integer({ min: 0, max: 5000 }),
    establishedAfter: fc.integer({ min: 0, max: 400 }),
    class: fc.constantFrom(...CLASSES),
    points: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(1)),
    nine: fc.boolean(),
    group: fc.option(fc.constantFrom('G1', 'G2'), { freq: 2 }),
  })
  .map((sketch) => (from, id) => {
    const offenceDate = addDays(from, sketch.committedAfter);
    const infraction: InfractionFact = {
      type: 'infraction',
      id,
      offenceDate,
      establishedOn: addDays(offenceDate, sketch.establishedAfter),
      class: sketch.class,
      points: sketch.class === 'DELIT' && sketch.nine ? 9 : sketch.points,
    };
    return sketch.group === null ? infraction : { ...infraction, group: sketch.group };
  });

const aCourse: fc.Arbitrary<EventSketch> = fc
  .record({ startedAfter: fc.integer({ min: 0, max: 5000 }), length: fc.integer({ min: 0, max: 2 }) })
  .map(({ startedAfter, length }) => (from, id): CourseFact => {
    const startedOn = addDays(from, startedAfter);
    return { type: 'course', id, startedOn, endedOn: addDays(startedOn, length) };
  });

export const anEvent: fc.Arbitrary<EventSketch> = fc.oneof(
  { arbitrary: anInfraction, weight: 3 },
  { arbitrary: aCourse, weight: 1 },
);

export interface CaseShape {
  probation?: ProbationKind[];
  courses?: boolean;
}

/**
 * Valid cases: events from the licence's start, asOf anywhere in the 14 years after it (or its known balance);
 * `shape` narrows the licences and events for properties that hold only there.
 */
export function validCases({
  probation = PROBATION_KINDS,
  courses = true,
}: CaseShape = {}): fc.Arbitrary<PointsCase> {
  return fc
    .record({
      licence: aLicence(probation),
      events: fc.array(courses ? anEvent : anInfraction, { maxLength: 12 }),
      asOfAfter: fc.integer({ min: 0, max: 5000 }),
      courseYearRule: fc.constantFrom('firstDayAnniversary', 'dayAfterLastDayAnniversary'),
      probationIncrementBasis: fc.constantFrom('offenceDate', 'recordedWithdrawals'),
    })
    .map(({ licence, events, asOfAfter, courseYearRule, probationIncrementBasis }) => ({
      asOf: addDays(licence.balanceKnownOn ?? licence.obtainedOn, asOfAfter),
      licence,
      events: events.map((sketch, index) => sketch(licence.obtainedOn, `E${index}`)),
      options: { courseYearRule, probationIncrementBasis },
    }));
}

export const aValidCase = validCases();

/** The day an event becomes known (C13). */
export function knownOn(event: PointsEvent): CalendarDate {
  return event.type === 'infraction' ? event.establishedOn : event.endedOn;
}
