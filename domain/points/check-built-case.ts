// A case the service built from its own records, checked the way the engine checks untrusted JSON (what JSON
// drops, the parser never sees), with an event's problem located by the event's position and its own field.
import { parsePointsCase } from './parse-case.ts';
import type { PointsCase } from './types.ts';

export type BuiltCaseCheck =
  | { ok: true; value: PointsCase }
  | {
      ok: false;
      /** The field by its JSON path in the case: `asOf`, `licence.obtainedOn`, `events[2].offenceDate`. */
      field: string;
      message: string;
      /** For a problem in an event: its index in `events` and the field inside it ('' for the event itself). */
      event?: { index: number; field: string };
    };

export function checkBuiltCase(pointsCase: PointsCase): BuiltCaseCheck {
  const result = parsePointsCase(JSON.parse(JSON.stringify(pointsCase)));
  if (result.ok) return result;
  const inEvent = /^events\[(\d+)\]\.?(.*)$/.exec(result.field);
  return inEvent ? { ...result, event: { index: Number(inEvent[1]), field: inEvent[2] ?? '' } } : result;
}
