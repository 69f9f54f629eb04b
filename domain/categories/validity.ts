// How long a category stays valid (RULES.md §9) and whether it is valid on a day. Every end date here is the
// last day the category is valid [INTERP: "valid 5 years from D" read as valid up to and including D + 5 y].
import { addYears, minDate, toParts, type CalendarDate } from '../calendar/index.ts';
import type { LicenceFormat } from '../licence-number/index.ts';
import { categoryWeight, type CategoryCode } from './category-codes.ts';

/** A category as the registry records it; `validUntil` is null when the licence prints no end date. */
export type LicenceCategory = {
  code: CategoryCode;
  obtainedOn: CalendarDate;
  validUntil: CalendarDate | null;
  restrictions: readonly string[];
};

export type CategoryContext = { format: LicenceFormat; birthDate: CalendarDate };

export type CategoryStatus = {
  status: 'not-yet-obtained' | 'valid' | 'expired';
  endsOn: CalendarDate | null;
};

/** Pink paper licences stay valid until this day (RULES.md §1, 16 Sep 2013). */
export const pinkLicenceValidUntil = '2033-01-19' as CalendarDate;

const LIGHT_CARD_YEARS = 15;

/** Whole years of age on `date`, birthdays counted as in C2 (a 29 February birthday falls on 28 February). */
export function ageOn(birthDate: CalendarDate, date: CalendarDate): number {
  const years = toParts(date).year - toParts(birthDate).year;
  return addYears(birthDate, years) <= date ? years : years - 1;
}

/** R221-10/R221-11: 5 years until 60, 2 years from 60 to 76, 1 year from the 76th birthday. */
export function heavyValidityYears(ageAtRenewal: number): number {
  if (ageAtRenewal < 60) return 5;
  return ageAtRenewal < 76 ? 2 : 1;
}

/**
 * The last valid day of a category issued or renewed on `renewedOn`: 15 years for a light category on a card,
 * and for a heavy one the period its medical opinion gives at the holder's age that day.
 */
export function validUntilAfterRenewal(
  code: CategoryCode,
  { birthDate, renewedOn }: { birthDate: CalendarDate; renewedOn: CalendarDate },
): CalendarDate {
  const years =
    categoryWeight(code) === 'light' ? LIGHT_CARD_YEARS : heavyValidityYears(ageOn(birthDate, renewedOn));
  return addYears(renewedOn, years);
}

/**
 * The last day the category is valid. The registry's date wins, since a medical opinion can shorten any
 * category; a heavy category recorded without one lasts what its medical opinion on obtaining gave; nothing
 * on a pink licence outlives 19 Jan 2033. A light category on a card with no recorded date has no known end.
 */
export function categoryEndsOn(
  category: LicenceCategory,
  { format, birthDate }: CategoryContext,
): CalendarDate | null {
  const recorded =
    category.validUntil ??
    (categoryWeight(category.code) === 'heavy'
      ? validUntilAfterRenewal(category.code, { birthDate, renewedOn: category.obtainedOn })
      : null);
  if (format === 'eu-card') return recorded;
  return recorded === null ? pinkLicenceValidUntil : minDate(recorded, pinkLicenceValidUntil);
}

export function categoryStatusOn(
  category: LicenceCategory,
  context: CategoryContext & { today: CalendarDate },
): CategoryStatus {
  const endsOn = categoryEndsOn(category, context);
  if (context.today < category.obtainedOn) return { status: 'not-yet-obtained', endsOn };
  return { status: endsOn === null || context.today <= endsOn ? 'valid' : 'expired', endsOn };
}

/** The categories held on `today`. An expired heavy category counts as not held and takes no light one with it. */
export function heldCategoriesOn(
  categories: readonly LicenceCategory[],
  context: CategoryContext & { today: CalendarDate },
): CategoryCode[] {
  return categories
    .filter((category) => categoryStatusOn(category, context).status === 'valid')
    .map((category) => category.code);
}
