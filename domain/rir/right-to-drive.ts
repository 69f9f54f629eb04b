// The right to drive on a day (RULES.md §10): valid, suspended, cancelled or invalidated, from the
// authority's decisions and the invalidation day the points engine found.
import type { CalendarDate } from '../calendar/index.ts';

/** A decision as the registry records it; `until` is the last day of a suspension, absent when open-ended. */
export type LicenceDecision = {
  decision: 'suspension' | 'cancellation' | 'lifted';
  from: CalendarDate;
  until?: CalendarDate | null;
};

export type RightToDrive =
  | { status: 'valid' }
  | { status: 'suspended'; since: CalendarDate; until: CalendarDate | null }
  | { status: 'cancelled'; since: CalendarDate }
  | { status: 'invalidated'; since: CalendarDate };

export type RightToDriveStatus = RightToDrive['status'];

const valid: RightToDrive = { status: 'valid' };

/**
 * Decisions apply in date order (input order within a day): a suspension overlapping another extends it, a
 * cancellation outranks any suspension, and "lifted" ends whichever is in force. An invalidation by the
 * points cannot be lifted; when the licence was both cancelled and invalidated, the earlier one is shown.
 */
export function rightToDriveOn(
  date: CalendarDate,
  { decisions, invalidatedOn }: { decisions: readonly LicenceDecision[]; invalidatedOn: CalendarDate | null },
): RightToDrive {
  const decided = decisions
    .filter((decision) => decision.from <= date)
    .toSorted((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    .reduce(applyDecision, valid);
  const current = endedBefore(decided, date);
  if (invalidatedOn === null || invalidatedOn > date) return current;
  if (current.status === 'cancelled' && current.since <= invalidatedOn) return current;
  return { status: 'invalidated', since: invalidatedOn };
}

function applyDecision(
  previous: RightToDrive,
  { decision, from, until = null }: LicenceDecision,
): RightToDrive {
  const state = endedBefore(previous, from);
  if (decision === 'lifted') return valid;
  if (state.status === 'cancelled') return state;
  if (decision === 'cancellation') return { status: 'cancelled', since: from };
  if (state.status === 'suspended') return { ...state, until: laterEnd(state.until, until) };
  return { status: 'suspended', since: from, until };
}

/** A suspension whose last day is before `date` is over by then. */
function endedBefore(state: RightToDrive, date: CalendarDate): RightToDrive {
  return state.status === 'suspended' && state.until !== null && state.until < date ? valid : state;
}

function laterEnd(a: CalendarDate | null, b: CalendarDate | null): CalendarDate | null {
  if (a === null || b === null) return null;
  return a > b ? a : b;
}
