// The licence as the registry records it (civil status, categories, every fact the
// authority established) and how it becomes a points case for the engine.
import type { CalendarDate } from '../calendar/index.ts';
import type { LicenceFormat } from '../licence-number/index.ts';
import type {
  InfractionClass,
  PointsCase,
  PointsEvent,
  PointsOptions,
  ProbationKind,
} from '../points/index.ts';

/** Where the authority writes to the holder: the notice of a declared link goes there by post. */
export interface PostalAddress {
  lines: string[];
  postcode: string;
  city: string;
  /** INSEE country code, France 99100. */
  country: string;
}

export interface Holder {
  familyName: string;
  givenNames: string;
  birthDate: CalendarDate;
  birthPlace: string;
  birthCountry: string;
  address?: PostalAddress;
}

export interface CategoryRecord {
  code: string;
  obtainedOn: CalendarDate;
  validUntil: CalendarDate | null;
  restrictions: string[];
}

export interface InfractionRecord {
  type: 'infraction';
  offenceDate: CalendarDate;
  establishedOn: CalendarDate;
  class: InfractionClass;
  points: number;
  group?: string;
  natinf?: string;
  label?: string;
  place?: string;
}

export interface CourseRecord {
  type: 'course';
  startedOn: CalendarDate;
  endedOn: CalendarDate;
}

export interface DecisionRecord {
  type: 'decision';
  decision: 'suspension' | 'cancellation' | 'lifted';
  from: CalendarDate;
  until?: CalendarDate;
}

export type RegistryEvent = InfractionRecord | CourseRecord | DecisionRecord;

/** A fact as stored: the registry's event, its idempotency key and when it was recorded. */
export type RecordedFact = RegistryEvent & { eventId: string; bodyHash: string; recordedOn: CalendarDate };

export interface LicenceDetails {
  format: LicenceFormat;
  holder: Holder;
  obtainedOn: CalendarDate;
  probation: ProbationKind;
  complementaryTraining: boolean;
  categories: CategoryRecord[];
  balanceKnownOn?: CalendarDate;
  initialBalance?: number;
}

export interface LicenceRecord extends LicenceDetails {
  licenceNumber: string;
  facts: RecordedFact[];
  recordedUpTo: CalendarDate;
}

export const defaultPointsOptions: PointsOptions = {
  courseYearRule: 'firstDayAnniversary',
  probationIncrementBasis: 'offenceDate',
};

/** The points case of a licence on `asOf`: its infractions and courses, in the order they were recorded. */
export function toPointsCase(
  record: Pick<LicenceRecord, keyof LicenceDetails | 'facts'>,
  asOf: CalendarDate,
  extraEvents: PointsEvent[] = [],
): PointsCase {
  const events: PointsEvent[] = [];
  for (const fact of record.facts) {
    if (fact.type === 'infraction') {
      events.push({
        type: 'infraction',
        id: fact.eventId,
        offenceDate: fact.offenceDate,
        establishedOn: fact.establishedOn,
        class: fact.class,
        points: fact.points,
        ...(fact.group === undefined ? {} : { group: fact.group }),
      });
    } else if (fact.type === 'course') {
      events.push({ type: 'course', id: fact.eventId, startedOn: fact.startedOn, endedOn: fact.endedOn });
    }
  }
  // Passed on as given: the engine refuses one without the other.
  const knownBalance = {
    ...(record.balanceKnownOn === undefined ? {} : { balanceKnownOn: record.balanceKnownOn }),
    ...(record.initialBalance === undefined ? {} : { initialBalance: record.initialBalance }),
  };
  return {
    asOf,
    licence: {
      obtainedOn: record.obtainedOn,
      probation: record.probation,
      complementaryTraining: record.complementaryTraining,
      ...knownBalance,
    },
    events: [...events, ...extraEvents],
    options: defaultPointsOptions,
  };
}
