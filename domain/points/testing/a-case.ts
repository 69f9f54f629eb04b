// Test-data builder for the points engine, so that tests read like sentences:
// aCase().obtainedOn('2010-05-03').infraction({ committed: '2024-03-10', established: '2024-03-20', points: 1 }).on('2024-06-01')
import { parseCalendarDate, type CalendarDate } from '../../calendar/index.ts';
import type {
  InfractionClass,
  InfractionFact,
  LicenceFacts,
  PointsCase,
  PointsEvent,
  PointsOptions,
  ProbationKind,
} from '../types.ts';

export function day(text: string): CalendarDate {
  const date = parseCalendarDate(text);
  if (date === undefined) throw new Error(`not a calendar day: ${text}`);
  return date;
}

export interface InfractionSketch {
  id?: string;
  committed: string;
  established: string;
  points: number;
  /** C4 unless said otherwise: the common class (RULES.md §4.2). */
  class?: InfractionClass;
  group?: string;
}

export interface CaseBuilder {
  obtainedOn(date: string): CaseBuilder;
  probation(kind: ProbationKind, options?: { complementaryTraining?: boolean }): CaseBuilder;
  balanceKnownOn(date: string, initialBalance: number): CaseBuilder;
  infraction(sketch: InfractionSketch): CaseBuilder;
  course(startedOn: string, endedOn: string, id?: string): CaseBuilder;
  options(options: Partial<PointsOptions>): CaseBuilder;
  /** The case as asked on `asOf`. */
  on(asOf: string): PointsCase;
}

interface Draft {
  licence: LicenceFacts;
  events: PointsEvent[];
  options: PointsOptions;
}

/** A licence held since 2000 outside probation, with no event, asked with the default options. */
export function aCase(): CaseBuilder {
  return builder({
    licence: { obtainedOn: day('2000-01-01'), probation: 'none', complementaryTraining: false },
    events: [],
    options: { courseYearRule: 'firstDayAnniversary', probationIncrementBasis: 'offenceDate' },
  });
}

function builder(draft: Draft): CaseBuilder {
  const withLicence = (licence: Partial<LicenceFacts>) =>
    builder({ ...draft, licence: { ...draft.licence, ...licence } });
  const withEvent = (event: PointsEvent) => builder({ ...draft, events: [...draft.events, event] });
  const nextId = (prefix: string) => `${prefix}${draft.events.length + 1}`;
  return {
    obtainedOn: (date) => withLicence({ obtainedOn: day(date) }),
    probation: (kind, { complementaryTraining = false } = {}) =>
      withLicence({ probation: kind, complementaryTraining }),
    balanceKnownOn: (date, initialBalance) => withLicence({ balanceKnownOn: day(date), initialBalance }),
    infraction: ({
      id = nextId('I'),
      committed,
      established,
      points,
      class: infractionClass = 'C4',
      group,
    }) => {
      const infraction: InfractionFact = {
        type: 'infraction',
        id,
        offenceDate: day(committed),
        establishedOn: day(established),
        class: infractionClass,
        points,
      };
      return withEvent(group === undefined ? infraction : { ...infraction, group });
    },
    course: (startedOn, endedOn, id = nextId('S')) =>
      withEvent({ type: 'course', id, startedOn: day(startedOn), endedOn: day(endedOn) }),
    options: (options) => builder({ ...draft, options: { ...draft.options, ...options } }),
    on: (asOf) => ({ asOf: day(asOf), ...structuredClone(draft) }),
  };
}
