// fast-check generators of valid points cases for the property tests: licences of every kind (probation, training,
// known balance), single infractions (some established years after the offence, once restorations have run),
// interceptions whose members sum past the cap (9-point délits among them, members established over several days),
// and courses, spread over the years around asOf.
import fc from 'fast-check';
import { addDays, daysBetween, maxDate, type CalendarDate } from '../../calendar/index.ts';
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

/** Events some days after `from`, their ids made from `id` (several for an interception). */
export type EventSketch = (from: CalendarDate, id: string) => PointsEvent[];

// Most infractions are established within weeks; some years later, after six-month and full restorations.
const establishmentDelay = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 120 }), weight: 3 },
  { arbitrary: fc.integer({ min: 120, max: 2500 }), weight: 1 },
);

// When a licence loses points, 1 (six-month rule), 3, 4 and 6 are the common withdrawals.
const withdrawnPoints = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(1, 1, 3, 4, 6));

const infractionFields = fc.record({
  class: fc.constantFrom(...CLASSES),
  points: withdrawnPoints,
  nine: fc.boolean(),
});

function infraction(
  id: string,
  offenceDate: CalendarDate,
  delay: number,
  fields: { class: InfractionClass; points: number; nine: boolean },
): InfractionFact {
  return {
    type: 'infraction',
    id,
    offenceDate,
    establishedOn: addDays(offenceDate, delay),
    class: fields.class,
    points: fields.class === 'DELIT' && fields.nine ? 9 : fields.points,
  };
}

/** One infraction on its own. */
export const anInfraction: fc.Arbitrary<EventSketch> = fc
  .record({
    committedAfter: fc.integer({ min: 0, max: 5000 }),
    delay: establishmentDelay,
    fields: infractionFields,
  })
  .map(({ committedAfter, delay, fields }) => (from, id) => [
    infraction(id, addDays(from, committedAfter), delay, fields),
  ]);

/**
 * One interception (C9): two to four members sharing the offence date, often more than 8 points together, some
 * established on later days than the others.
 */
export const anInterception: fc.Arbitrary<EventSketch> = fc
  .record({
    committedAfter: fc.integer({ min: 0, max: 5000 }),
    delay: establishmentDelay,
    members: fc.array(
      fc.record({
        fields: infractionFields,
        later: fc.oneof(
          { arbitrary: fc.constant(0), weight: 3 },
          { arbitrary: fc.integer({ min: 1, max: 400 }), weight: 1 },
        ),
      }),
      { minLength: 2, maxLength: 4 },
    ),
  })
  .map(({ committedAfter, delay, members }) => (from, id) => {
    const offenceDate = addDays(from, committedAfter);
    return members.map(({ fields, later }, index) => ({
      ...infraction(`${id}.${index}`, offenceDate, delay + later, fields),
      group: `G-${id}`,
    }));
  });

export const aCourse: fc.Arbitrary<EventSketch> = fc
  .record({ startedAfter: fc.integer({ min: 0, max: 5000 }), length: fc.integer({ min: 0, max: 2 }) })
  .map(({ startedAfter, length }) => (from, id): CourseFact[] => {
    const startedOn = addDays(from, startedAfter);
    return [{ type: 'course', id, startedOn, endedOn: addDays(startedOn, length) }];
  });

export const anEvent: fc.Arbitrary<EventSketch> = fc.oneof(
  { arbitrary: anInfraction, weight: 4 },
  { arbitrary: anInterception, weight: 1 },
  { arbitrary: aCourse, weight: 2 },
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
  const events = courses ? anEvent : fc.oneof(anInfraction, anInterception);
  return fc
    .record({
      licence: aLicence(probation),
      events: fc.array(events, { maxLength: 10 }),
      asOfAfter: fc.integer({ min: 0, max: 5000 }),
      courseYearRule: fc.constantFrom('firstDayAnniversary', 'dayAfterLastDayAnniversary'),
      probationIncrementBasis: fc.constantFrom('offenceDate', 'recordedWithdrawals'),
    })
    .map(({ licence, events, asOfAfter, courseYearRule, probationIncrementBasis }) => ({
      asOf: addDays(licence.balanceKnownOn ?? licence.obtainedOn, asOfAfter),
      licence,
      events: events.flatMap((sketch, index) => sketch(licence.obtainedOn, `E${index}`)),
      options: { courseYearRule, probationIncrementBasis },
    }));
}

export const aValidCase = validCases();

export interface CaseAndExtra {
  without: PointsCase;
  with: PointsCase;
  extra: InfractionFact;
}

/**
 * A valid case and the same case with one more point-losing infraction, on its own or as a further member of one
 * of the case's interceptions (same offence date, established that day or later). asOf is moved to the extra's
 * establishment when it came earlier, so that the extra is known.
 */
export const aCaseAndOneMoreInfraction: fc.Arbitrary<CaseAndExtra> = fc
  .record({ pointsCase: aValidCase, sketch: anInfraction, joins: fc.boolean(), pick: fc.nat() })
  .map(({ pointsCase, sketch, joins, pick }) => {
    const from = pointsCase.licence.balanceKnownOn ?? pointsCase.licence.obtainedOn;
    const [drawn] = sketch(from, 'EXTRA') as [InfractionFact];
    let extra: InfractionFact = { ...drawn, points: Math.max(1, drawn.points) };
    const members = pointsCase.events.filter(
      (event): event is InfractionFact & { group: string } =>
        event.type === 'infraction' && event.group !== undefined,
    );
    const joined = members[pick % Math.max(1, members.length)];
    if (joins && joined) {
      const delay = daysBetween(extra.offenceDate, extra.establishedOn);
      const { offenceDate, group } = joined;
      extra = { ...extra, offenceDate, establishedOn: addDays(offenceDate, delay), group };
    }
    const asOf = maxDate(pointsCase.asOf, extra.establishedOn);
    return {
      without: { ...pointsCase, asOf },
      with: { ...pointsCase, asOf, events: [...pointsCase.events, extra] },
      extra,
    };
  });

/** The day an event becomes known (C13). */
export function knownOn(event: PointsEvent): CalendarDate {
  return event.type === 'infraction' ? event.establishedOn : event.endedOn;
}
