// What a stored licence says on a day, in the RIR's terms: the right to drive (decisions and the invalidation
// the points engine finds) and the categories held. Used at issue and again at each verification.
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type { LicenceCategory } from '../../domain/categories/index.ts';
import {
  categoriesOn,
  rightToDriveOn,
  type LicenceDecision,
  type RightToDrive,
  type RirCategory,
  type RirLicence,
} from '../../domain/rir/index.ts';
import type { StoredLicence } from '../adapters/licence-repository.ts';
import { statementResponse } from '../registry/index.ts';

export function rirLicenceOf(licence: StoredLicence): RirLicence {
  return {
    licenceNumber: licence.licenceNumber,
    format: licence.format,
    holder: licence.holder,
    categories: licence.categories as LicenceCategory[],
  };
}

export function rightToDriveOf(licence: StoredLicence, day: CalendarDate): RightToDrive {
  const decisions: LicenceDecision[] = licence.facts.flatMap((fact) =>
    fact.type === 'decision'
      ? [{ decision: fact.decision, from: fact.from, ...(fact.until ? { until: fact.until } : {}) }]
      : [],
  );
  return rightToDriveOn(day, { decisions, invalidatedOn: statementResponse(licence, day).invalidatedOn });
}

/** Two statuses are the same when their kind and dates are (stored maps come back in any key order). */
export function sameRightToDrive(a: RightToDrive, b: RightToDrive): boolean {
  const datesOf = (state: RightToDrive) => [
    'since' in state ? state.since : null,
    'until' in state ? state.until : null,
  ];
  return a.status === b.status && datesOf(a).join() === datesOf(b).join();
}

export function categoriesOf(licence: StoredLicence, day: CalendarDate): RirCategory[] {
  return categoriesOn(rirLicenceOf(licence), day);
}
