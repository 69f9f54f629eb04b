// Public face of domain/licence-number: licence formats, reading a file number (NEPH) as typed, and masking
// it for logs.
export { isLicenceFormat, licenceFormats, type LicenceFormat } from './licence-format.ts';
export {
  maskLicenceNumber,
  normaliseLicenceNumber,
  parseLicenceNumber,
  type LicenceNumberResult,
  type LicenceNumberWarning,
} from './licence-number.ts';
export type { LicenceNumberFailure, LicenceNumberWarningCode, LocalisedText } from './messages.ts';
