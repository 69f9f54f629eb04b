import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CalendarDate } from '../calendar/index.ts';
import {
  buildRirContent,
  verificationUrl,
  type RightToDrive,
  type RirField,
  type RirIssue,
  type RirLicence,
} from './index.ts';

const day = (text: string) => text as CalendarDate;

const licence: RirLicence = {
  licenceNumber: '130675100123',
  format: 'eu-card',
  holder: {
    familyName: 'MARTIN',
    givenNames: 'Camille Louise',
    birthDate: day('1990-04-12'),
    birthPlace: '75056',
    birthCountry: '99100',
  },
  categories: [
    { code: 'B', obtainedOn: day('2013-06-20'), validUntil: day('2033-06-19'), restrictions: ['01'] },
    { code: 'C', obtainedOn: day('2018-02-01'), validUntil: day('2023-01-31'), restrictions: [] },
    { code: 'A', obtainedOn: day('2026-03-01'), validUntil: day('2041-02-28'), restrictions: [] },
  ],
};

const issue: RirIssue = {
  issuedOn: day('2025-10-31'),
  issuedAt: '2025-10-31T09:15:00.000Z',
  holderIdentification: 'franceconnect',
  reference: 'RIR-2025-000042',
  verificationCode: 'K7P4QX',
  verificationBaseUrl: 'https://permis.example.fr/verifier',
};

const valid: RightToDrive = { status: 'valid' };

describe('the content of a RIR', () => {
  it('shows the holder, the file number, the right to drive and the categories held on the day of issue', () => {
    expect(buildRirContent(licence, valid, issue)).toEqual({
      reference: 'RIR-2025-000042',
      verificationCode: 'K7P4QX',
      verificationUrl: 'https://permis.example.fr/verifier/RIR-2025-000042?code=K7P4QX',
      issuedOn: '2025-10-31',
      issuedAt: '2025-10-31T09:15:00.000Z',
      validUntil: '2026-02-28',
      holderIdentification: 'franceconnect',
      holder: {
        familyName: 'MARTIN',
        givenNames: 'Camille Louise',
        birthDate: '1990-04-12',
        birthPlace: '75056',
        birthCountry: '99100',
      },
      licenceNumber: '130675100123',
      format: 'eu-card',
      rightToDrive: { status: 'valid' },
      categories: [
        {
          code: 'B',
          obtainedOn: '2013-06-20',
          validUntil: '2033-06-19',
          validity: 'valid',
          restrictions: ['01'],
        },
        {
          code: 'C',
          obtainedOn: '2018-02-01',
          validUntil: '2023-01-31',
          validity: 'expired',
          restrictions: [],
        },
      ],
    });
  });

  it('is valid four months by default, or as many months as configured', () => {
    expect(buildRirContent(licence, valid, { ...issue, issuedOn: day('2025-01-15') }).validUntil).toBe(
      '2025-05-15',
    );
    expect(
      buildRirContent(licence, valid, { ...issue, issuedOn: day('2025-01-15'), validityMonths: 6 })
        .validUntil,
    ).toBe('2025-07-15');
    expect(() => buildRirContent(licence, valid, { ...issue, validityMonths: 0 })).toThrow(RangeError);
    expect(() => buildRirContent(licence, valid, { ...issue, validityMonths: 1.5 })).toThrow(RangeError);
  });

  it('gives no birth place for a holder born abroad, only the country', () => {
    const abroad = { ...licence, holder: { ...licence.holder, birthPlace: '', birthCountry: '99134' } };
    expect(buildRirContent(abroad, valid, issue).holder).toMatchObject({
      birthPlace: null,
      birthCountry: '99134',
    });
  });

  it('shows a pink licence ending on 19 January 2033', () => {
    const pink: RirLicence = {
      ...licence,
      format: 'pink-3-fold',
      categories: [{ code: 'B', obtainedOn: day('1995-05-02'), validUntil: null, restrictions: [] }],
    };
    expect(buildRirContent(pink, valid, issue).categories).toEqual([
      { code: 'B', obtainedOn: '1995-05-02', validUntil: '2033-01-19', validity: 'valid', restrictions: [] },
    ]);
  });

  it('carries the status it was given, and nothing more', () => {
    const suspended = {
      status: 'suspended',
      since: day('2025-09-01'),
      until: null,
      balance: 4,
    } as RightToDrive;
    expect(buildRirContent(licence, suspended, issue).rightToDrive).toEqual({
      status: 'suspended',
      since: '2025-09-01',
      until: null,
    });
    const invalidated = { status: 'invalidated', since: day('2025-05-01'), points: 0 } as RightToDrive;
    expect(buildRirContent(licence, invalidated, issue).rightToDrive).toEqual({
      status: 'invalidated',
      since: '2025-05-01',
    });
  });
});

describe('the points on a RIR (L223-7)', () => {
  const withPoints = (balance: number) => ({
    ...licence,
    balance,
    initialBalance: balance,
    balanceKnownOn: '2024-01-01',
  });

  it('are never shown: no key of the content speaks of points or a balance', () => {
    const serialised = JSON.stringify(buildRirContent(withPoints(7), valid, issue));
    const keys = [...serialised.matchAll(/"([^"]+)":/g)].map((match) => match[1]);
    expect(keys.length).toBeGreaterThan(20);
    for (const key of keys) expect(key).not.toMatch(/point|balance|solde|capital/i);
  });

  it('change nothing in the content, whatever the balance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), (first, second) => {
        expect(buildRirContent(withPoints(first), valid, issue)).toEqual(
          buildRirContent(withPoints(second), valid, issue),
        );
      }),
    );
  });

  it('have no field in the content type', () => {
    expectTypeOf<Extract<RirField, 'points' | 'balance' | 'initialBalance' | 'maximum'>>().toBeNever();
  });
});

describe('the verification address', () => {
  it('joins the verification route, the reference and the code', () => {
    expect(verificationUrl('https://permis.example.fr/v1/verify/', 'RIR-1', 'AB12')).toBe(
      'https://permis.example.fr/v1/verify/RIR-1?code=AB12',
    );
    expect(verificationUrl('http://localhost:3000/v1/verify', 'RIR 1/2', 'A&B')).toBe(
      'http://localhost:3000/v1/verify/RIR%201%2F2?code=A%26B',
    );
  });
});
