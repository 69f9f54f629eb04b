// The classes of the catalogue and what a class decides for recovery (RULES.md §4.2, §4.4 and the notes of
// §17). The points engine has its own InfractionClass with the same values.
export const catalogueClasses = ['C1', 'C2', 'C3', 'C4', 'C5', 'DELIT'] as const;

/** C1…C5: the class of a contravention; DELIT: a délit, the more serious kind of offence. */
export type CatalogueClass = (typeof catalogueClasses)[number];

export type RecoveryFamily = 'two-year' | 'three-year';

export function isCatalogueClass(value: unknown): value is CatalogueClass {
  return catalogueClasses.some((infractionClass) => infractionClass === value);
}

/** C1–C3 allow the full restoration after 2 years; C4, C5 and délits make it 3 years. */
export function recoveryFamily(infractionClass: CatalogueClass): RecoveryFamily {
  return infractionClass === 'C1' || infractionClass === 'C2' || infractionClass === 'C3'
    ? 'two-year'
    : 'three-year';
}

/** Only contraventions of classes 1 to 4 give their points back after ten years. */
export function tenYearEligible(infractionClass: CatalogueClass): boolean {
  return infractionClass !== 'C5' && infractionClass !== 'DELIT';
}
