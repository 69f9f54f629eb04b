// Public face of domain/catalogue: the infraction catalogue versioned by offence date, and what a class
// decides for recovery.
export {
  type CatalogueEntry,
  type CatalogueVersion,
  type InfractionDefinition,
  type LocalisedText,
} from './catalogue-entry.ts';
export { catalogueEntries, findByNatinf, infractionAt } from './catalogue.ts';
export {
  catalogueClasses,
  isCatalogueClass,
  recoveryFamily,
  tenYearEligible,
  type CatalogueClass,
  type RecoveryFamily,
} from './classes.ts';
export { speedingCode, type SpeedingCode } from './speeding.ts';
