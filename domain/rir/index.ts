// Public face of domain/rir: the right to drive on a day, what a RIR shows (never the points), and the words
// printed on it.
export {
  rightToDriveOn,
  type LicenceDecision,
  type RightToDrive,
  type RightToDriveStatus,
} from './right-to-drive.ts';
export {
  buildRirContent,
  categoriesOn,
  defaultRirValidityMonths,
  type HolderIdentification,
  verificationUrl,
  type RirCategory,
  type RirContent,
  type RirHolder,
  type RirIssue,
  type RirLicence,
} from './rir-content.ts';
export { rirLabels, type RirField, type RirLabels, type RirLanguage } from './labels.ts';
export { buildRiiRecord, type RiiEntry, type RiiRecord } from './rii-content.ts';
