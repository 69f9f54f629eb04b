// What a RIR shows (RULES.md §10), built from the licence record and the right to drive on the day of issue.
// It never carries the points (L223-7): the record given may hold a balance, the content has no field for it,
// and every field is copied one by one so nothing else slips through.
import { addMonths, type CalendarDate } from '../calendar/index.ts';
import { categoryStatusOn, type CategoryCode, type LicenceCategory } from '../categories/index.ts';
import type { LicenceFormat } from '../licence-number/index.ts';
import type { RightToDrive } from './right-to-drive.ts';

export type RirHolder = {
  familyName: string;
  givenNames: string;
  birthDate: CalendarDate;
  /** INSEE commune code; empty when born abroad. */
  birthPlace: string;
  /** INSEE country code, 99100 for France. */
  birthCountry: string;
};

/** The registry's licence as the RIR reads it; whatever else the record holds is ignored. */
export type RirLicence = {
  licenceNumber: string;
  format: LicenceFormat;
  holder: RirHolder;
  categories: readonly LicenceCategory[];
};

/** How the holder proved who they are: FranceConnect (verified identity) or stated on an e-mail account. */
export type HolderIdentification = 'franceconnect' | 'declared';

/** The document's own facts. Reference and code are drawn by the caller: the domain draws no random numbers. */
export type RirIssue = {
  issuedOn: CalendarDate;
  /** The instant of issue (ISO 8601), printed with its time. */
  issuedAt: string;
  holderIdentification: HolderIdentification;
  reference: string;
  verificationCode: string;
  /** The public verification page, e.g. `https://permis.example.fr/verifier`. */
  verificationBaseUrl: string;
  validityMonths?: number;
};

export type RirCategory = {
  code: CategoryCode;
  obtainedOn: CalendarDate;
  validUntil: CalendarDate | null;
  validity: 'valid' | 'expired';
  restrictions: string[];
};

export type RirContent = {
  reference: string;
  verificationCode: string;
  verificationUrl: string;
  issuedOn: CalendarDate;
  issuedAt: string;
  validUntil: CalendarDate;
  holderIdentification: HolderIdentification;
  holder: {
    familyName: string;
    givenNames: string;
    birthDate: CalendarDate;
    /** Null when born abroad: the country says where. */
    birthPlace: string | null;
    birthCountry: string;
  };
  licenceNumber: string;
  format: LicenceFormat;
  rightToDrive: RightToDrive;
  categories: RirCategory[];
};

/** The ADCS that replaced the RIR is valid 4 months in most sources, none in one (RULES.md §10). */
export const defaultRirValidityMonths = 4;

export function buildRirContent(
  licence: RirLicence,
  rightToDrive: RightToDrive,
  issue: RirIssue,
): RirContent {
  const validityMonths = issue.validityMonths ?? defaultRirValidityMonths;
  if (!Number.isInteger(validityMonths) || validityMonths < 1) {
    throw new RangeError(`validityMonths must be a whole number of months, got ${validityMonths}`);
  }
  const { holder } = licence;
  return {
    reference: issue.reference,
    verificationCode: issue.verificationCode,
    verificationUrl: verificationUrl(issue.verificationBaseUrl, issue.reference, issue.verificationCode),
    issuedOn: issue.issuedOn,
    issuedAt: issue.issuedAt,
    validUntil: addMonths(issue.issuedOn, validityMonths),
    holderIdentification: issue.holderIdentification,
    holder: {
      familyName: holder.familyName,
      givenNames: holder.givenNames,
      birthDate: holder.birthDate,
      birthPlace: holder.birthPlace === '' ? null : holder.birthPlace,
      birthCountry: holder.birthCountry,
    },
    licenceNumber: licence.licenceNumber,
    format: licence.format,
    rightToDrive: copyRightToDrive(rightToDrive),
    categories: categoriesOn(licence, issue.issuedOn),
  };
}

/** The categories held on a day, each valid or expired that day. */
export function categoriesOn(
  licence: Pick<RirLicence, 'format' | 'holder' | 'categories'>,
  day: CalendarDate,
): RirCategory[] {
  return licence.categories.flatMap((category) => rirCategory(category, licence, day));
}

/** The category as held on the day of issue; one not yet obtained that day is not shown. */
function rirCategory(
  category: LicenceCategory,
  licence: Pick<RirLicence, 'format' | 'holder'>,
  issuedOn: CalendarDate,
): RirCategory[] {
  const { status, endsOn } = categoryStatusOn(category, {
    format: licence.format,
    birthDate: licence.holder.birthDate,
    today: issuedOn,
  });
  if (status === 'not-yet-obtained') return [];
  return [
    {
      code: category.code,
      obtainedOn: category.obtainedOn,
      validUntil: endsOn,
      validity: status,
      restrictions: [...category.restrictions],
    },
  ];
}

function copyRightToDrive(rightToDrive: RightToDrive): RightToDrive {
  switch (rightToDrive.status) {
    case 'valid':
      return { status: 'valid' };
    case 'suspended':
      return { status: 'suspended', since: rightToDrive.since, until: rightToDrive.until };
    default:
      return { status: rightToDrive.status, since: rightToDrive.since };
  }
}

/** The address the QR code points to: the verification page, the reference, and the code as `?code=`. */
export function verificationUrl(baseUrl: string, reference: string, code: string): string {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(reference)}`);
  url.searchParams.set('code', code);
  return url.href;
}
