// Public face of domain/licence-record: the registry's licence and what its facts mean on a day.
export {
  defaultPointsOptions,
  toPointsCase,
  type CategoryRecord,
  type CourseRecord,
  type DecisionRecord,
  type Holder,
  type PostalAddress,
  type InfractionRecord,
  type LicenceDetails,
  type LicenceRecord,
  type RecordedFact,
  type RegistryEvent,
} from './licence-record.ts';
export type { LicenceFormat } from '../licence-number/index.ts';
export { historyOf, type HistoryItem } from './history.ts';
export { checkRecord, type RecordCheck } from './check-record.ts';
export {
  compareApplied,
  evaluateLicence,
  type AppliedChange,
  type Correction,
  type LicenceEvaluation,
} from './evaluation.ts';
