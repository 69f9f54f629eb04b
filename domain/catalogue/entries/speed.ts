// Catalogue rows 1–10 of RULES.md §17: speed. Bands apply to the retained excess (see speeding.ts).
import type { CalendarDate } from '../../calendar/index.ts';
import type { CatalogueEntry } from '../catalogue-entry.ts';

// Décret 2023-1150: speeding by less than 5 km/h costs no point for offences from 1 Jan 2024.
const lastDayOfSmallExcessPoint = '2023-12-31' as CalendarDate;
const firstDayWithoutSmallExcessPoint = '2024-01-01' as CalendarDate;
// Loi 2025-622: speeding by 50 km/h or more is a délit from 29 Dec 2025.
const lastDayAsContravention = '2025-12-28' as CalendarDate;
const firstDayAsDelit = '2025-12-29' as CalendarDate;

export const speedEntries: readonly CatalogueEntry[] = [
  {
    code: 'speeding-under-5-limit-over-50',
    appendixRow: 1,
    label: {
      fr: 'Excès de vitesse inférieur à 5 km/h, vitesse maximale autorisée supérieure à 50 km/h',
      en: 'Speeding by less than 5 km/h where the limit is above 50 km/h',
    },
    article: 'R413-14',
    suspensionPossible: 'no',
    notes: 'décret 2023-1150',
    versions: [
      { until: lastDayOfSmallExcessPoint, class: 'C3', points: 1 },
      { from: firstDayWithoutSmallExcessPoint, class: 'C3', points: 0 },
    ],
  },
  {
    code: 'speeding-under-5-limit-50-or-less',
    appendixRow: 2,
    label: {
      fr: 'Excès de vitesse inférieur à 5 km/h, vitesse maximale autorisée inférieure ou égale à 50 km/h',
      en: 'Speeding by less than 5 km/h where the limit is 50 km/h or less',
    },
    article: 'R413-14',
    suspensionPossible: 'no',
    notes: 'décret 2023-1150',
    versions: [
      { until: lastDayOfSmallExcessPoint, class: 'C4', points: 1 },
      { from: firstDayWithoutSmallExcessPoint, class: 'C4', points: 0 },
    ],
  },
  {
    code: 'speeding-5-to-20-limit-over-50',
    appendixRow: 3,
    label: {
      fr: 'Excès de vitesse de 5 à moins de 20 km/h, vitesse maximale autorisée supérieure à 50 km/h',
      en: 'Speeding by 5 to less than 20 km/h where the limit is above 50 km/h',
    },
    article: 'R413-14',
    suspensionPossible: 'no',
    notes: '6-month rule; 2-year class',
    versions: [{ class: 'C3', points: 1 }],
  },
  {
    code: 'speeding-5-to-20-limit-50-or-less',
    appendixRow: 4,
    label: {
      fr: 'Excès de vitesse de 5 à moins de 20 km/h, vitesse maximale autorisée inférieure ou égale à 50 km/h',
      en: 'Speeding by 5 to less than 20 km/h where the limit is 50 km/h or less',
    },
    article: 'R413-14',
    suspensionPossible: 'no',
    notes: '6-month rule; 3-year class',
    versions: [{ class: 'C4', points: 1 }],
  },
  {
    code: 'speeding-20-to-30',
    appendixRow: 5,
    label: { fr: 'Excès de vitesse de 20 à moins de 30 km/h', en: 'Speeding by 20 to less than 30 km/h' },
    article: 'R413-14',
    suspensionPossible: 'no',
    notes: 'sources give no suspension below 30 km/h',
    versions: [{ class: 'C4', points: 2 }],
  },
  {
    code: 'speeding-30-to-40',
    appendixRow: 6,
    label: { fr: 'Excès de vitesse de 30 à moins de 40 km/h', en: 'Speeding by 30 to less than 40 km/h' },
    article: 'R413-14',
    suspensionPossible: 'yes',
    notes: 'judicial suspension up to 3 years',
    versions: [{ class: 'C4', points: 3 }],
  },
  {
    code: 'speeding-40-to-50',
    appendixRow: 7,
    label: { fr: 'Excès de vitesse de 40 à moins de 50 km/h', en: 'Speeding by 40 to less than 50 km/h' },
    article: 'R413-14',
    suspensionPossible: 'yes',
    notes: 'immediate retention and prefect suspension when intercepted (40 km/h or more)',
    versions: [{ class: 'C4', points: 4 }],
  },
  {
    code: 'speeding-50-or-more',
    appendixRow: 8,
    label: { fr: 'Excès de vitesse égal ou supérieur à 50 km/h', en: 'Speeding by 50 km/h or more' },
    article: 'R413-14-1 / L413-1',
    suspensionPossible: 'yes',
    notes:
      'a délit from 29 Dec 2025 (before, only on a repeat); suspension up to 3 years, cancellation and confiscation possible; fixed délit fine (AFD) of 300 € possible',
    versions: [
      { until: lastDayAsContravention, class: 'C5', points: 6 },
      { from: firstDayAsDelit, class: 'DELIT', points: 6 },
    ],
  },
  {
    code: 'radar-detector',
    appendixRow: 9,
    label: {
      fr: "Transport, détention ou usage d'un détecteur ou d'un brouilleur de radars",
      en: 'Carrying, possessing or using a radar detector or jammer',
    },
    article: 'R413-15',
    articleToCheck: true,
    suspensionPossible: 'yes',
    versions: [{ class: 'C5', points: 6 }],
  },
  {
    code: 'excessive-speed-for-circumstances',
    appendixRow: 10,
    label: {
      fr: 'Vitesse excessive eu égard aux circonstances',
      en: 'Excessive speed for the circumstances',
    },
    article: 'R413-17',
    natinf: ['213'],
    suspensionPossible: 'not-stated',
    notes: 'no points',
    versions: [{ class: 'C4', points: 0 }],
  },
];
