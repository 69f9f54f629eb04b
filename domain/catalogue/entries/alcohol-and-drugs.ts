// Catalogue rows 11–18 of RULES.md §17: alcohol and drugs.
import type { CalendarDate } from '../../calendar/index.ts';
import type { CatalogueEntry } from '../catalogue-entry.ts';

// Loi 2025-622: drugs and an illegal alcohol level together cost 9 points for offences from 11 Jul 2025.
const lastDayAtSixPoints = '2025-07-10' as CalendarDate;
const firstDayAtNinePoints = '2025-07-11' as CalendarDate;

export const alcoholAndDrugEntries: readonly CatalogueEntry[] = [
  {
    code: 'alcohol-0-5-to-0-8',
    appendixRow: 11,
    label: {
      fr: "Conduite avec un taux d'alcool de 0,5 à moins de 0,8 g/L de sang (0,25 à moins de 0,40 mg/L d'air expiré)",
      en: 'Driving with a blood alcohol level of 0.5 to less than 0.8 g/L (0.25 to less than 0.40 mg/L of breath)',
    },
    article: 'R234-1',
    suspensionPossible: 'yes',
    notes: 'suspension up to 3 years; immobilisation',
    versions: [{ class: 'C4', points: 6 }],
  },
  {
    code: 'alcohol-0-2-restricted-drivers',
    appendixRow: 12,
    label: {
      fr: "Conduite avec un taux d'alcool égal ou supérieur à 0,2 g/L de sang (0,10 mg/L d'air expiré) : permis probatoire, élève conducteur ou conducteur de transport en commun",
      en: 'Driving with a blood alcohol level of 0.2 g/L or more (0.10 mg/L of breath): probationary licence, learner or public transport driver',
    },
    article: 'R234-1',
    suspensionPossible: 'yes',
    notes: 'a probationary licence in its first year falls to zero',
    versions: [{ class: 'C4', points: 6 }],
  },
  {
    code: 'alcohol-0-8-or-drunkenness',
    appendixRow: 13,
    label: {
      fr: "Conduite avec un taux d'alcool égal ou supérieur à 0,8 g/L de sang (0,40 mg/L d'air expiré) ou en état d'ivresse manifeste",
      en: 'Driving with a blood alcohol level of 0.8 g/L or more (0.40 mg/L of breath) or while manifestly drunk',
    },
    article: 'L234-1',
    suspensionPossible: 'yes',
    notes:
      'suspension up to 5 years since July 2025, or cancellation; 3 years in prison and a 9 000 € fine since July 2025',
    versions: [{ class: 'DELIT', points: 6 }],
  },
  {
    code: 'alcohol-0-8-or-drunkenness-repeat',
    appendixRow: 14,
    label: {
      fr: "Récidive de conduite avec un taux d'alcool égal ou supérieur à 0,8 g/L de sang ou en état d'ivresse manifeste",
      en: 'Repeat of driving with a blood alcohol level of 0.8 g/L or more or while manifestly drunk',
    },
    article: 'L234-1, L234-13',
    articleToCheck: true,
    suspensionPossible: 'yes',
    notes: 'cancellation by law',
    versions: [{ class: 'DELIT', points: 6 }],
  },
  {
    code: 'alcohol-check-refusal',
    appendixRow: 15,
    label: {
      fr: "Refus de se soumettre aux vérifications de l'état alcoolique",
      en: 'Refusing an alcohol check',
    },
    article: 'L234-8',
    suspensionPossible: 'yes',
    versions: [{ class: 'DELIT', points: 6 }],
  },
  {
    code: 'drugs-or-drug-test-refusal',
    appendixRow: 16,
    label: {
      fr: 'Conduite après usage de stupéfiants, ou refus de se soumettre au dépistage',
      en: 'Driving after drug use, or refusing a drug test',
    },
    article: 'L235-1, L235-3',
    suspensionPossible: 'yes',
    versions: [{ class: 'DELIT', points: 6 }],
  },
  {
    code: 'drugs-and-alcohol',
    appendixRow: 17,
    label: {
      fr: "Conduite après usage de stupéfiants et avec un taux d'alcool illégal",
      en: 'Driving after drug use and with an illegal alcohol level',
    },
    article: 'L235-1 I 2nd sentence',
    suspensionPossible: 'yes',
    notes: 'confiscation in principle; 9 points from 11 Jul 2025, by derogation from the 8-point cap',
    versions: [
      { until: lastDayAtSixPoints, class: 'DELIT', points: 6 },
      { from: firstDayAtNinePoints, class: 'DELIT', points: 9 },
    ],
  },
  {
    code: 'alcohol-interlock-missing',
    appendixRow: 18,
    label: {
      fr: "Conduite d'un véhicule sans l'éthylotest antidémarrage (EAD) imposé",
      en: 'Driving a vehicle without the required alcohol interlock',
    },
    article: 'L234-16',
    articleToCheck: true,
    suspensionPossible: 'yes',
    versions: [{ class: 'DELIT', points: 6 }],
  },
];
