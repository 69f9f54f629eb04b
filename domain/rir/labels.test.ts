import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../calendar/index.ts';
import { licenceFormats } from '../licence-number/index.ts';
import { buildRirContent, rirLabels, type RirLanguage } from './index.ts';

const day = (text: string) => text as CalendarDate;
const languages: RirLanguage[] = ['fr', 'en'];

const keysOf = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, nested]) => [key, ...keysOf(nested)]);
};

describe('the labels of a RIR', () => {
  it('name every field of a built document, in French and in English', () => {
    const content = buildRirContent(
      {
        licenceNumber: '130675100123',
        format: 'eu-card',
        holder: {
          familyName: 'MARTIN',
          givenNames: 'Camille',
          birthDate: day('1990-04-12'),
          birthPlace: '75056',
          birthCountry: '99100',
        },
        categories: [{ code: 'B', obtainedOn: day('2013-06-20'), validUntil: null, restrictions: ['01'] }],
      },
      { status: 'suspended', since: day('2025-09-01'), until: day('2025-12-01') },
      {
        issuedOn: day('2025-10-01'),
        issuedAt: '2025-10-01T08:00:00.000Z',
        holderIdentification: 'declared',
        reference: 'R',
        verificationCode: 'C',
        verificationBaseUrl: 'https://x.example/v',
      },
    );
    const keys = new Set(keysOf(content));
    expect(keys.size).toBe(Object.keys(rirLabels.fr.fields).length);
    for (const language of languages) {
      for (const key of keys)
        expect(rirLabels[language].fields[key as keyof typeof rirLabels.fr.fields], key).toMatch(/\S/);
    }
  });

  it('name every status, format and validity, differently in each language', () => {
    const statuses = ['valid', 'suspended', 'cancelled', 'invalidated'] as const;
    expect(statuses.map((status) => rirLabels.fr.rightToDrive[status])).toEqual([
      'Valide',
      'Suspendu',
      'Annulé',
      'Invalidé',
    ]);
    expect(statuses.map((status) => rirLabels.en.rightToDrive[status])).toEqual([
      'Valid',
      'Suspended',
      'Cancelled',
      'Invalidated',
    ]);
    for (const format of licenceFormats)
      expect(rirLabels.fr.formats[format]).not.toBe(rirLabels.en.formats[format]);
    expect(rirLabels.fr.categoryValidity.expired).not.toBe(rirLabels.en.categoryValidity.expired);
    expect(rirLabels.fr.title).toBe("Relevé d'information restreint");
  });

  it('say on the document that the points are not shown, citing L223-7', () => {
    for (const language of languages) expect(rirLabels[language].pointsNotice).toContain('L223-7');
  });
});
