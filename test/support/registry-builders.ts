// Test-data builders for registry requests, so suites read like sentences.
import { randomBytes } from 'node:crypto';
import type { RecordedFact } from '../../domain/licence-record/index.ts';

let counter = 0;

export const aHolder = (overrides: Record<string, unknown> = {}) => ({
  familyName: 'Dubois-Lefèvre',
  givenNames: 'Marie-Claire Anne',
  birthDate: '1990-04-12',
  birthPlace: '69381',
  birthCountry: '99100',
  ...overrides,
});

export const aLicenceRecord = (overrides: Record<string, unknown> = {}) => ({
  format: 'eu-card',
  holder: aHolder(),
  obtainedOn: '2010-05-03',
  probation: 'none',
  complementaryTraining: false,
  categories: [{ code: 'B', obtainedOn: '2010-05-03', validUntil: '2033-01-19', restrictions: [] }],
  ...overrides,
});

export const anInfraction = (overrides: Record<string, unknown> = {}) => ({
  eventId: `evt-${++counter}`,
  type: 'infraction',
  offenceDate: '2024-03-10',
  establishedOn: '2024-03-20',
  class: 'C3',
  points: 1,
  natinf: '11300',
  label: 'Excès de vitesse inférieur à 20 km/h',
  ...overrides,
});

export const aCourse = (overrides: Record<string, unknown> = {}) => ({
  eventId: `evt-${++counter}`,
  type: 'course',
  startedOn: '2024-11-04',
  endedOn: '2024-11-05',
  ...overrides,
});

/** A fresh valid NEPH for each call: `YY MM DD NNNNNN` with département 75. */
export function aLicenceNumber(): string {
  counter += 1;
  return `1306750${String(10000 + counter).padStart(5, '0')}`;
}

/** A 0-point infraction as the store keeps it, to seed a long history without sending each event. */
export const aSeededFact = (index: number, overrides: Partial<RecordedFact> = {}): RecordedFact =>
  ({
    type: 'infraction',
    eventId: `seed-${index}`,
    offenceDate: '2023-01-01',
    establishedOn: '2023-01-02',
    class: 'C1',
    points: 0,
    bodyHash: randomBytes(32).toString('base64url'),
    recordedOn: '2024-06-01',
    ...overrides,
  }) as RecordedFact;
