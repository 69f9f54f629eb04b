// Catalogue rows 44–50 of RULES.md §17: délits against the licence and the road, and infractions that
// cost no point.
import type { CatalogueEntry } from '../catalogue-entry.ts';

export const otherOffenceEntries: readonly CatalogueEntry[] = [
  {
    code: 'driving-while-suspended',
    appendixRow: 44,
    label: {
      fr: 'Conduite malgré une suspension, une rétention ou une invalidation du permis',
      en: 'Driving despite a suspension, retention or invalidation of the licence',
    },
    article: 'L224-16',
    suspensionPossible: 'yes',
    versions: [{ class: 'DELIT', points: 6 }],
  },
  {
    code: 'hit-and-run',
    appendixRow: 45,
    label: { fr: 'Délit de fuite', en: 'Hit-and-run' },
    article: 'L231-1',
    suspensionPossible: 'yes',
    versions: [{ class: 'DELIT', points: 6 }],
  },
  {
    code: 'refusal-to-stop',
    appendixRow: 46,
    label: { fr: "Refus d'obtempérer", en: 'Refusing to stop when ordered' },
    article: 'L233-1',
    natinf: ['50'],
    suspensionPossible: 'yes',
    notes: 'retention compulsory',
    versions: [{ class: 'DELIT', points: 6 }],
  },
  {
    code: 'road-injury-or-homicide',
    appendixRow: 47,
    label: {
      fr: 'Blessures involontaires avec incapacité de travail de plus de 3 mois, ou homicide involontaire (blessures et homicide routiers depuis juillet 2025)',
      en: 'Involuntary injury with more than 3 months of work incapacity, or involuntary homicide (road injury and road homicide since July 2025)',
    },
    article: 'Code pénal 221-18 ff.',
    suspensionPossible: 'yes',
    versions: [{ class: 'DELIT', points: 6 }],
  },
  {
    code: 'amber-light',
    appendixRow: 48,
    label: { fr: "Non-respect d'un feu orange", en: 'Failing to stop at an amber light' },
    article: 'R412-31',
    natinf: ['6118'],
    suspensionPossible: 'not-stated',
    notes: 'no points',
    versions: [{ class: 'C2', points: 0 }],
  },
  {
    code: 'no-licence-or-insurance',
    appendixRow: 49,
    label: {
      fr: 'Conduite sans permis ou sans assurance',
      en: 'Driving without a licence or without insurance',
    },
    article: 'L221-2 / L324-2',
    suspensionPossible: 'not-stated',
    notes: 'no licence to debit',
    versions: [{ class: 'DELIT', points: 0 }],
  },
  {
    code: 'mandatory-course-missed',
    appendixRow: 50,
    label: {
      fr: 'Non-participation au stage obligatoire du permis probatoire',
      en: 'Not attending the mandatory probationary course',
    },
    article: 'R223-4',
    suspensionPossible: 'yes',
    notes: 'suspension up to 3 years',
    versions: [{ class: 'C4', points: 0 }],
  },
];
