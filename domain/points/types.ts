// The shapes of the points engine: the case it reads (CONTRACT.md §1) and what it answers (statement, timeline,
// letters). Field names follow the contract; the rules behind them are RULES.md §§2–7 and §§11–13.
import type { CalendarDate } from '../calendar/index.ts';
import type { RestorationRule } from './restoration-rules.ts';

export type ProbationKind = 'none' | 'traditional' | 'accompanied';
/** C1…C5: the class of a contravention; DELIT: a délit, the more serious kind of offence. */
export const infractionClasses = ['C1', 'C2', 'C3', 'C4', 'C5', 'DELIT'] as const;
export type InfractionClass = (typeof infractionClasses)[number];
export type CourseYearRule = 'firstDayAnniversary' | 'dayAfterLastDayAnniversary';
export type ProbationIncrementBasis = 'offenceDate' | 'recordedWithdrawals';

export interface LicenceFacts {
  obtainedOn: CalendarDate;
  probation: ProbationKind;
  complementaryTraining: boolean;
  balanceKnownOn?: CalendarDate;
  initialBalance?: number;
}

export interface InfractionFact {
  type: 'infraction';
  id: string;
  offenceDate: CalendarDate;
  establishedOn: CalendarDate;
  class: InfractionClass;
  points: number;
  group?: string;
}

export interface CourseFact {
  type: 'course';
  id: string;
  startedOn: CalendarDate;
  endedOn: CalendarDate;
}

export type PointsEvent = InfractionFact | CourseFact;

export interface PointsOptions {
  courseYearRule: CourseYearRule;
  probationIncrementBasis: ProbationIncrementBasis;
}

export interface PointsCase {
  asOf: CalendarDate;
  licence: LicenceFacts;
  events: PointsEvent[];
  options: PointsOptions;
}

export interface UpcomingChange {
  date: CalendarDate;
  points: number;
  rule: RestorationRule;
  balanceAfter: number;
}

export interface Statement {
  asOf: CalendarDate;
  balance: number;
  maximum: number;
  status: 'valid' | 'invalidated';
  invalidatedOn: CalendarDate | null;
  probation: { endsOn: CalendarDate; incrementsForfeited: boolean } | null;
  upcoming: UpcomingChange[];
}

export type CaseParseResult = { ok: true; value: PointsCase } | { ok: false; field: string; message: string };

export type TimelineChangeKind = 'withdrawal' | 'course' | RestorationRule | 'invalidation';

export interface TimelineChange {
  date: CalendarDate;
  kind: TimelineChangeKind;
  /**
   * The signed change: for a withdrawal, minus its actual withdrawal after the group cap (C9), even on the day the
   * balance stops at 0 (C12); 0 for an infraction that cost nothing, a refused course or the invalidation itself.
   */
  points: number;
  balanceAfter: number;
  maximumAfter: number;
  /** The infraction or course; for six-month and ten-year returns the infraction whose point comes back. */
  eventId?: string;
}

export type LetterCode = '48' | '48M' | '48N' | '48SI';

export interface LetterDue {
  code: LetterCode;
  date: CalendarDate;
  infractionIds: string[];
  balanceAfter: number;
}
