// Public face of functions/licence-updates: the single write path of a licence.
export {
  CONFLICT_RETRY,
  LicenceBusyError,
  LicenceHistoryFullError,
  makeUpdateLicence,
  type Change,
  type Mutation,
  type PendingEvent,
  type UpdateLicence,
} from './update-licence.ts';
