// Checks a category sent by the registry (CONTRACT.md §2): a known code, real dates in order, and EU
// restriction codes. Lenient where the meaning is plain (case, spaces, the pink licence's former names),
// strict where it is not; every issue names its field relative to the category.
import { parseCalendarDate, type CalendarDate } from '../calendar/index.ts';
import { categoryCodes, isCategoryCode, type CategoryCode } from './category-codes.ts';
import type { LicenceCategory } from './validity.ts';

export type CategoryIssue = { path: string; message: string };

export type CategoryValidation =
  { ok: true; category: LicenceCategory; warnings: CategoryIssue[] } | { ok: false; errors: CategoryIssue[] };

type Issues = { errors: CategoryIssue[]; warnings: CategoryIssue[] };

// Pink licences print the trailer categories under their names from before 2013.
const formerNames: Readonly<Record<string, CategoryCode>> = {
  'E(B)': 'BE',
  EB: 'BE',
  'E(C)': 'CE',
  EC: 'CE',
  'E(D)': 'DE',
  ED: 'DE',
};

// EU codes are two digits, with an optional two-digit sub-code ("01", "01.06", "78").
const EU_RESTRICTION = /^[0-9]{2}(\.[0-9]{2})?$/;
// National three-digit codes and codes carrying a parameter ("79(3500 kg)") are kept, with a warning.
const OTHER_RESTRICTION = /^[0-9]{2,3}([.(][0-9A-Za-z .,()/-]*)?$/;

export function validateCategory(input: unknown): CategoryValidation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      errors: [
        { path: '', message: 'a category is an object { code, obtainedOn, validUntil, restrictions }' },
      ],
    };
  }
  const fields = input as Record<string, unknown>;
  const issues: Issues = { errors: [], warnings: [] };
  const code = readCode(fields.code, issues);
  const obtainedOn = readDate(fields.obtainedOn, 'obtainedOn', issues);
  const validUntil =
    fields.validUntil === undefined || fields.validUntil === null
      ? null
      : readDate(fields.validUntil, 'validUntil', issues);
  const restrictions = readRestrictions(fields.restrictions, issues);
  if (obtainedOn && validUntil && validUntil < obtainedOn) {
    issues.errors.push({
      path: 'validUntil',
      message: `validUntil (${validUntil}) is before obtainedOn (${obtainedOn})`,
    });
  }
  if (issues.errors.length > 0 || !code || !obtainedOn || validUntil === undefined) {
    return { ok: false, errors: issues.errors };
  }
  return { ok: true, category: { code, obtainedOn, validUntil, restrictions }, warnings: issues.warnings };
}

function readCode(value: unknown, issues: Issues): CategoryCode | undefined {
  const text = typeof value === 'string' ? value.replace(/\s/g, '').toUpperCase() : undefined;
  if (text !== undefined && isCategoryCode(text)) return text;
  const current = text === undefined ? undefined : formerNames[text];
  if (current) {
    issues.warnings.push({
      path: 'code',
      message: `${text} is the former name of ${current}; recorded as ${current}`,
    });
    return current;
  }
  issues.errors.push({ path: 'code', message: `code must be one of ${categoryCodes.join(', ')}` });
  return undefined;
}

function readDate(value: unknown, path: string, issues: Issues): CalendarDate | undefined {
  const date = parseCalendarDate(value);
  if (!date) issues.errors.push({ path, message: `${path} must be a real day written YYYY-MM-DD` });
  return date;
}

function readRestrictions(value: unknown, issues: Issues): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    issues.errors.push({
      path: 'restrictions',
      message: 'restrictions must be an array of EU codes such as "01" or "78"',
    });
    return [];
  }
  return value.flatMap((item: unknown, index) => {
    const path = `restrictions[${index}]`;
    const restriction = typeof item === 'string' ? item.trim() : '';
    if (EU_RESTRICTION.test(restriction)) return [restriction];
    if (OTHER_RESTRICTION.test(restriction)) {
      issues.warnings.push({
        path,
        message: `${restriction} is not an EU code of the form NN or NN.NN; kept as given`,
      });
      return [restriction];
    }
    issues.errors.push({
      path,
      message: 'a restriction is an EU code written as a string: two digits ("78") or a sub-code ("01.06")',
    });
    return [];
  });
}
