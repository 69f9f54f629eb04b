// Catalogue rows 19–27 of RULES.md §17: lights, signs, right of way and direction.
import type { CatalogueEntry } from '../catalogue-entry.ts';

export const rightOfWayEntries: readonly CatalogueEntry[] = [
  {
    code: 'red-light',
    appendixRow: 19,
    label: {
      fr: "Non-respect d'un feu rouge fixe ou clignotant",
      en: 'Failing to stop at a red light, steady or flashing',
    },
    article: 'R412-30',
    suspensionPossible: 'yes',
    notes: 'suspension up to 3 years',
    versions: [{ class: 'C4', points: 4 }],
  },
  {
    code: 'stop-sign',
    appendixRow: 20,
    label: {
      fr: "Non-respect de l'arrêt imposé par un panneau « stop »",
      en: 'Failing to stop at a stop sign',
    },
    article: 'R415-6',
    natinf: ['203'],
    suspensionPossible: 'yes',
    notes: 'suspension up to 3 years',
    versions: [{ class: 'C4', points: 4 }],
  },
  {
    code: 'give-way-sign',
    appendixRow: 21,
    label: {
      fr: "Non-respect d'un panneau « cédez le passage »",
      en: 'Failing to give way at a give-way sign',
    },
    article: 'R415-7',
    suspensionPossible: 'yes',
    versions: [{ class: 'C4', points: 4 }],
  },
  {
    code: 'failure-to-give-way',
    appendixRow: 22,
    label: { fr: 'Refus de priorité', en: 'Failing to give way to a vehicle with priority' },
    article: 'R415-x',
    articleToCheck: true,
    suspensionPossible: 'yes',
    versions: [{ class: 'C4', points: 4 }],
  },
  {
    code: 'pedestrian-crossing',
    appendixRow: 23,
    label: {
      fr: "Refus de priorité à un piéton engagé dans la traversée ou manifestant l'intention de traverser",
      en: 'Failing to give way to a pedestrian crossing or about to cross',
    },
    article: 'R415-11',
    suspensionPossible: 'yes',
    notes: '6 points since 2018',
    versions: [{ class: 'C4', points: 6 }],
  },
  {
    code: 'pedestrian-zone',
    appendixRow: 24,
    label: {
      fr: 'Refus de priorité à un piéton dans une aire piétonne ou une zone de rencontre',
      en: 'Failing to give way to a pedestrian in a pedestrian area or a shared zone ("zone de rencontre")',
    },
    article: 'R415-11',
    suspensionPossible: 'yes',
    versions: [{ class: 'C4', points: 6 }],
  },
  {
    code: 'wrong-way',
    appendixRow: 25,
    label: { fr: 'Circulation en sens interdit', en: 'Driving the wrong way' },
    article: 'R412-28',
    natinf: ['256', '32971'],
    suspensionPossible: 'yes',
    notes: 'NATINF 32971 when the driver was not intercepted',
    versions: [{ class: 'C4', points: 4 }],
  },
  {
    code: 'no-lights',
    appendixRow: 26,
    label: {
      fr: 'Circulation de nuit ou par visibilité insuffisante sans éclairage',
      en: 'Driving at night or in poor visibility without lights',
    },
    article: 'R416-x',
    articleToCheck: true,
    suspensionPossible: 'yes',
    versions: [{ class: 'C4', points: 4 }],
  },
  {
    code: 'motorway-u-turn-or-reversing',
    appendixRow: 27,
    label: { fr: 'Demi-tour ou marche arrière sur autoroute', en: 'U-turn or reversing on a motorway' },
    article: 'R421-6',
    natinf: ['6212'],
    suspensionPossible: 'yes',
    versions: [{ class: 'C4', points: 4 }],
  },
];
