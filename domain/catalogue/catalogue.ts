// The infraction catalogue ("barème des retraits de points", RULES.md §17), looked up by code or NATINF as it
// stood on an offence date: the offence date decides which version applies (RULES.md §1 [INTERP]).
import type { CalendarDate } from '../calendar/index.ts';
import type { CatalogueEntry, InfractionDefinition } from './catalogue-entry.ts';
import { alcoholAndDrugEntries } from './entries/alcohol-and-drugs.ts';
import { drivingConductEntries } from './entries/driving-conduct.ts';
import { otherOffenceEntries } from './entries/other-offences.ts';
import { rightOfWayEntries } from './entries/right-of-way.ts';
import { speedEntries } from './entries/speed.ts';

const entries: readonly CatalogueEntry[] = [
  ...speedEntries,
  ...alcoholAndDrugEntries,
  ...rightOfWayEntries,
  ...drivingConductEntries,
  ...otherOffenceEntries,
];

const entriesByCode = new Map(entries.map((entry) => [entry.code, entry]));

export function catalogueEntries(): readonly CatalogueEntry[] {
  return entries;
}

/** The infraction as defined on `offenceDate`, or undefined for an unknown code. */
export function infractionAt(code: string, offenceDate: CalendarDate): InfractionDefinition | undefined {
  const entry = entriesByCode.get(code);
  return entry && definitionOn(entry, offenceDate);
}

/** The infraction a NATINF code stands for, as defined on `offenceDate`; undefined when no entry has it. */
export function findByNatinf(natinf: string, offenceDate: CalendarDate): InfractionDefinition | undefined {
  const entry = entries.find((candidate) => candidate.natinf?.includes(natinf));
  return entry && definitionOn(entry, offenceDate);
}

function definitionOn(
  { versions, ...facts }: CatalogueEntry,
  offenceDate: CalendarDate,
): InfractionDefinition | undefined {
  const version = versions.find(
    (candidate) =>
      (candidate.from === undefined || candidate.from <= offenceDate) &&
      (candidate.until === undefined || offenceDate <= candidate.until),
  );
  return version && { ...facts, ...version };
}
