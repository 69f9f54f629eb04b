// Public face of functions/licence-updates: the single write path of a licence.
export {
  LicenceHistoryFullError,
  makeUpdateLicence,
  type Change,
  type Mutation,
  type PendingEvent,
  type UpdateLicence,
} from './update-licence.ts';
