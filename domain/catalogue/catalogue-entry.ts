// The shape of a row of the infraction catalogue ("barème", RULES.md §17): facts that stay, and the class
// and points in force, versioned by offence date.
import type { CalendarDate } from '../calendar/index.ts';
import type { InfractionClass } from '../points/index.ts';

export type LocalisedText = { readonly fr: string; readonly en: string };

/** The class and points in force from `from` to `until`, both days included; a missing bound is open. */
export type CatalogueVersion = {
  readonly from?: CalendarDate;
  readonly until?: CalendarDate;
  readonly class: InfractionClass;
  readonly points: number;
};

export type CatalogueEntry = {
  /** Stable identifier, used by the registry and the front end. */
  readonly code: string;
  /** The row of RULES.md §17 it comes from. */
  readonly appendixRow: number;
  readonly label: LocalisedText;
  readonly article?: string;
  /** Marked "(?)" or incomplete in RULES.md §17: to check on Légifrance before relying on it. */
  readonly articleToCheck?: true;
  /** NATINF: the Ministry of Justice's offence codes. Present only when RULES.md §17 gives verified ones. */
  readonly natinf?: readonly string[];
  readonly suspensionPossible: 'yes' | 'no' | 'not-stated';
  readonly notes?: string;
  /** Contiguous and in date order: the first has no `from`, the last no `until`. */
  readonly versions: readonly CatalogueVersion[];
};

/** An entry as it stood on an offence date: its lasting facts and the version in force that day. */
export type InfractionDefinition = Omit<CatalogueEntry, 'versions'> & CatalogueVersion;
