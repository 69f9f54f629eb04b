// Public face of domain/points: the points engine (RULES.md §§2–7, 11–13). One simulation answers the statement,
// the timeline, the letters and the next automatic change; `parsePointsCase` validates untrusted input. The names
// of the classes and of the automatic changes, and the French wording of those changes, are listed here once.
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
} from './types.ts';
export { infractionClasses } from './types.ts';
export {
  isRestorationRule,
  restorationRules,
  returnRules,
  type RestorationRule,
  type ReturnRule,
} from './restoration-rules.ts';
export { ruleWording } from './rule-wording.ts';
export { parsePointsCase } from './parse-case.ts';
export { checkBuiltCase } from './check-built-case.ts';
export { computeStatement } from './statement.ts';
export { computeTimeline } from './timeline.ts';
export { computeLetters } from './letters.ts';
export { nextAutomaticChangeOn } from './next-change.ts';
export { analyse, type Analysis } from './analysis.ts';
