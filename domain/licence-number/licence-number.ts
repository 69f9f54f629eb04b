// Reads a licence file number (NEPH, RULES.md §8) the way people type it, for either licence format, and
// says precisely what is wrong when it cannot be one.
//
// Normalisation: upper-case, and remove every kind of white space (spaces, tabs, non-breaking spaces) and
// hyphens or dashes, because people copy the printed number in groups ("13 06 75 100123", "13-06-75-…").
// Any other character (dots, slashes, accented letters) is refused rather than guessed away.
import type { LicenceFormat } from './licence-format.ts';
import {
  failureMessage,
  warningMessage,
  type LicenceNumberFailure,
  type LicenceNumberWarningCode,
  type LocalisedText,
} from './messages.ts';

export type LicenceNumberWarning = { code: LicenceNumberWarningCode; message: LocalisedText };

export type LicenceNumberResult =
  | { ok: true; licenceNumber: string; format: LicenceFormat; warnings: LicenceNumberWarning[] }
  | { ok: false; reason: LicenceNumberFailure; message: LocalisedText };

const SEPARATORS = /[\s\-\u2010-\u2015\u2212]/gu;
const LETTERS_AND_DIGITS = /^[0-9A-Za-z]+$/;

const STRICT_NEPH = /^[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|1[0-9]|2[1-9]|2[AB]|[3-8][0-9]|9[0-5])[0-9]{6}$/;
// RULES.md's lenient pattern loosens the département (overseas, pre-computer numbers). The month is still
// checked: no number was ever registered in a month 00 or 13, and saying so helps more than a warning.
const LENIENT_NEPH = /^[0-9]{2}(0[1-9]|1[0-2])[0-9AB]{2}[0-9]{6}$/;
const EU_DOCUMENT_NUMBER = /^[0-9]{2}[A-Z]{2}[0-9]{5}$/;
const LEGACY_PINK = /^[0-9A-Z]{1,15}$/;
const NEPH_LENGTH = 12;

/** The number as it is compared and stored: upper-case, without spaces or hyphens. */
export function normaliseLicenceNumber(input: string): string {
  return withoutSeparators(input).toUpperCase();
}

function withoutSeparators(input: string): string {
  return input.replace(SEPARATORS, '');
}

export function parseLicenceNumber(input: string, format: LicenceFormat): LicenceNumberResult {
  const stripped = withoutSeparators(input);
  if (stripped === '') return refused('empty', format);
  // Checked before upper-casing, which turns some letters into several (ß into SS).
  if (!LETTERS_AND_DIGITS.test(stripped)) return refused('invalid-characters', format);
  const licenceNumber = stripped.toUpperCase();
  if (STRICT_NEPH.test(licenceNumber)) return accepted(licenceNumber, format, []);
  if (EU_DOCUMENT_NUMBER.test(licenceNumber)) return refused('document-number', format);
  if (LENIENT_NEPH.test(licenceNumber)) return accepted(licenceNumber, format, ['unusual-departement']);
  if (format === 'eu-card') return refused(nephFailure(licenceNumber), format);
  if (LEGACY_PINK.test(licenceNumber)) return accepted(licenceNumber, format, ['legacy-pink-number']);
  return refused('too-long', format);
}

/** The first part of a 12-character file number (`YY MM DD NNNNNN`) that is wrong, read left to right. */
function nephFailure(licenceNumber: string): LicenceNumberFailure {
  if (licenceNumber.length < NEPH_LENGTH) return 'too-short';
  if (licenceNumber.length > NEPH_LENGTH) return 'too-long';
  if (!/^[0-9]{2}$/.test(licenceNumber.slice(0, 2))) return 'letters-misplaced';
  if (!/^(0[1-9]|1[0-2])$/.test(licenceNumber.slice(2, 4))) return 'invalid-month';
  if (!/^[0-9AB]{2}$/.test(licenceNumber.slice(4, 6))) return 'invalid-departement';
  return 'letters-misplaced';
}

function accepted(
  licenceNumber: string,
  format: LicenceFormat,
  warnings: LicenceNumberWarningCode[],
): LicenceNumberResult {
  return {
    ok: true,
    licenceNumber,
    format,
    warnings: warnings.map((code) => ({ code, message: warningMessage(code, licenceNumber, format) })),
  };
}

function refused(reason: LicenceNumberFailure, format: LicenceFormat): LicenceNumberResult {
  return { ok: false, reason, message: failureMessage(reason, format) };
}

/**
 * A licence number fit for logs: the first and last few characters around bullets, never the whole
 * number (`1306••••0123`). Short numbers show less, and two characters or fewer show nothing.
 */
export function maskLicenceNumber(licenceNumber: string): string {
  const compact = normaliseLicenceNumber(licenceNumber);
  const shown = Math.min(4, Math.floor(compact.length / 3));
  return (
    compact.slice(0, shown) + '•'.repeat(compact.length - 2 * shown) + compact.slice(compact.length - shown)
  );
}
