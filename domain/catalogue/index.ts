// Public face of domain/catalogue: the infraction catalogue versioned by offence date.
export {
  type CatalogueEntry,
  type CatalogueVersion,
  type InfractionDefinition,
  type LocalisedText,
} from './catalogue-entry.ts';
export { catalogueEntries, findByNatinf, infractionAt } from './catalogue.ts';
// An entry's class is one the points engine reads; what a class decides for recovery is the engine's rule.
export { infractionClasses as catalogueClasses } from '../points/index.ts';
export { speedingCode, type SpeedingCode } from './speeding.ts';
