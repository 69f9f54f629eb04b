// Public face of domain/points: the points engine (RULES.md §§2–7, 11–13). One simulation answers the statement,
// the timeline, the letters and the next automatic change; `parsePointsCase` validates untrusted input.
export type {
  CaseParseResult,
  CourseFact,
  CourseYearRule,
  InfractionClass,
  InfractionFact,
  LetterCode,
  LetterDue,
  LicenceFacts,
  PointsCase,
  PointsEvent,
  PointsOptions,
  ProbationIncrementBasis,
  ProbationKind,
  Statement,
  TimelineChange,
  TimelineChangeKind,
  UpcomingChange,
  UpcomingRule,
} from './types.ts';
export { infractionClasses } from './types.ts';
export { parsePointsCase } from './parse-case.ts';
export { computeStatement } from './statement.ts';
export { computeTimeline } from './timeline.ts';
export { computeLetters } from './letters.ts';
export { nextAutomaticChangeOn } from './next-change.ts';
export { analyse, type Analysis } from './analysis.ts';
