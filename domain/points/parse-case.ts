// Validation of an untrusted points case (CONTRACT.md §1, RULES.md §12, §13 and C17): the case with its defaults,
// or the first problem, naming the field by its JSON path (`events[2].offenceDate`).
import { parseCalendarDate, type CalendarDate } from '../calendar/index.ts';
import { probationOn } from './probation.ts';
import {
  infractionClasses,
  type CaseParseResult,
  type CourseFact,
  type InfractionFact,
  type LicenceFacts,
  type PointsCase,
  type PointsEvent,
  type PointsOptions,
  type ProbationKind,
} from './types.ts';

const PROBATION_KINDS = ['none', 'traditional', 'accompanied'] as const satisfies readonly ProbationKind[];
const EVENT_TYPES = ['infraction', 'course'] as const satisfies readonly PointsEvent['type'][];
const OPTION_VALUES: { [Name in keyof PointsOptions]: readonly PointsOptions[Name][] } = {
  courseYearRule: ['firstDayAnniversary', 'dayAfterLastDayAnniversary'],
  probationIncrementBasis: ['offenceDate', 'recordedWithdrawals'],
};
const DEFAULT_OPTIONS: PointsOptions = {
  courseYearRule: 'firstDayAnniversary',
  probationIncrementBasis: 'offenceDate',
};

/** The first problem found; thrown by the readers below and turned into the result by `parsePointsCase`. */
class MalformedCase extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

function malformed(field: string, message: string): never {
  throw new MalformedCase(field, message);
}

export function parsePointsCase(input: unknown): CaseParseResult {
  try {
    return { ok: true, value: readCase(input) };
  } catch (error) {
    if (error instanceof MalformedCase) return { ok: false, field: error.field, message: error.message };
    throw error;
  }
}

type Fields = Record<string, unknown>;

function readCase(input: unknown): PointsCase {
  const fields = readObject(input, '$');
  const asOf = readDate(fields, 'asOf', 'asOf');
  const licence = readLicence(readObject(fields.licence, 'licence'), asOf);
  if (!Array.isArray(fields.events)) return malformed('events', 'must be an array (it may be empty)');
  const events = readEvents(fields.events, licence);
  const options = readOptions(fields.options);
  return { asOf, licence, events, options };
}

function readLicence(fields: Fields, asOf: CalendarDate): LicenceFacts {
  const obtainedOn = readDate(fields, 'obtainedOn', 'licence.obtainedOn');
  if (asOf < obtainedOn) malformed('asOf', 'must not be before licence.obtainedOn');
  const probation = readOneOf(fields, 'probation', 'licence.probation', PROBATION_KINDS);
  const complementaryTraining = fields.complementaryTraining ?? false;
  if (typeof complementaryTraining !== 'boolean')
    malformed('licence.complementaryTraining', 'must be true or false');
  if (complementaryTraining && probation === 'none') {
    malformed('licence.complementaryTraining', 'must be false when licence.probation is "none"');
  }
  const licence: LicenceFacts = { obtainedOn, probation, complementaryTraining };
  return fields.balanceKnownOn === undefined && fields.initialBalance === undefined
    ? licence
    : { ...licence, ...readKnownBalance(fields, licence, asOf) };
}

function readKnownBalance(
  fields: Fields,
  licence: LicenceFacts,
  asOf: CalendarDate,
): { balanceKnownOn: CalendarDate; initialBalance: number } {
  if (fields.balanceKnownOn === undefined) {
    malformed('licence.balanceKnownOn', 'must be given together with licence.initialBalance');
  }
  if (fields.initialBalance === undefined) {
    malformed('licence.initialBalance', 'must be given together with licence.balanceKnownOn');
  }
  const balanceKnownOn = readDate(fields, 'balanceKnownOn', 'licence.balanceKnownOn');
  if (balanceKnownOn < licence.obtainedOn || balanceKnownOn > asOf) {
    malformed('licence.balanceKnownOn', 'must be between licence.obtainedOn and asOf');
  }
  const { maximum } = probationOn(licence, balanceKnownOn);
  const initialBalance = fields.initialBalance;
  if (!isIntegerWithin(initialBalance, 0, maximum)) {
    malformed(
      'licence.initialBalance',
      `must be an integer from 0 to ${maximum}, the maximum on licence.balanceKnownOn`,
    );
  }
  return { balanceKnownOn, initialBalance };
}

function readEvents(items: unknown[], licence: LicenceFacts): PointsEvent[] {
  const firstUseOfId = new Map<string, number>();
  return items.map((item, index) => {
    const path = `events[${index}]`;
    const fields = readObject(item, path);
    const type = readOneOf(fields, 'type', `${path}.type`, EVENT_TYPES);
    const id = fields.id;
    if (typeof id !== 'string' || id === '') return malformed(`${path}.id`, 'must be a non-empty string');
    const earlier = firstUseOfId.get(id);
    if (earlier !== undefined) malformed(`${path}.id`, `must be unique, events[${earlier}] has the same id`);
    firstUseOfId.set(id, index);
    const readEventDate = (key: string) => {
      const date = readDate(fields, key, `${path}.${key}`);
      // With a known balance, older events are allowed: they are already inside it (C14).
      if (licence.balanceKnownOn === undefined && date < licence.obtainedOn) {
        malformed(`${path}.${key}`, 'must not be before licence.obtainedOn');
      }
      return date;
    };
    return type === 'infraction'
      ? readInfraction(fields, id, path, readEventDate)
      : readCourse(id, path, readEventDate);
  });
}

function readInfraction(
  fields: Fields,
  id: string,
  path: string,
  readEventDate: (key: string) => CalendarDate,
): InfractionFact {
  const offenceDate = readEventDate('offenceDate');
  const establishedOn = readEventDate('establishedOn');
  if (offenceDate > establishedOn) malformed(`${path}.offenceDate`, 'must not be after establishedOn');
  const infractionClass = readOneOf(fields, 'class', `${path}.class`, infractionClasses);
  const points = fields.points;
  const ninePointDelit = infractionClass === 'DELIT' && points === 9;
  if (!isIntegerWithin(points, 0, 6) && !ninePointDelit) {
    malformed(`${path}.points`, 'must be an integer from 0 to 6 (9 for a DELIT)');
  }
  const infraction: InfractionFact = {
    type: 'infraction',
    id,
    offenceDate,
    establishedOn,
    class: infractionClass,
    points,
  };
  if (fields.group === undefined) return infraction;
  if (typeof fields.group !== 'string' || fields.group === '') {
    malformed(`${path}.group`, 'must be a non-empty string when given');
  }
  return { ...infraction, group: fields.group };
}

function readCourse(id: string, path: string, readEventDate: (key: string) => CalendarDate): CourseFact {
  const startedOn = readEventDate('startedOn');
  const endedOn = readEventDate('endedOn');
  if (startedOn > endedOn) malformed(`${path}.startedOn`, 'must not be after endedOn');
  return { type: 'course', id, startedOn, endedOn };
}

function readOptions(input: unknown): PointsOptions {
  const fields = input === undefined ? {} : readObject(input, 'options');
  for (const name of Object.keys(fields)) {
    if (!Object.hasOwn(OPTION_VALUES, name)) {
      malformed(`options.${name}`, `is not an option (${Object.keys(OPTION_VALUES).join(', ')})`);
    }
  }
  const option = <Name extends keyof PointsOptions>(name: Name): PointsOptions[Name] =>
    fields[name] === undefined
      ? DEFAULT_OPTIONS[name]
      : readOneOf(fields, name, `options.${name}`, OPTION_VALUES[name]);
  return {
    courseYearRule: option('courseYearRule'),
    probationIncrementBasis: option('probationIncrementBasis'),
  };
}

function readObject(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return malformed(path, 'must be an object');
  return value as Fields;
}

function readDate(fields: Fields, key: string, path: string): CalendarDate {
  return parseCalendarDate(fields[key]) ?? malformed(path, 'must be a real day written YYYY-MM-DD');
}

function readOneOf<Value extends string>(
  fields: Fields,
  key: string,
  path: string,
  values: readonly Value[],
): Value {
  const value = fields[key];
  if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as Value;
  return malformed(path, `must be one of ${values.map((allowed) => `"${allowed}"`).join(', ')}`);
}

function isIntegerWithin(value: unknown, lowest: number, highest: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= lowest && value <= highest;
}
