import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../calendar/index.ts';
import {
  ageOn,
  categoryEndsOn,
  categoryStatusOn,
  heavyValidityYears,
  heldCategoriesOn,
  pinkLicenceValidUntil,
  validUntilAfterRenewal,
  type CategoryCode,
  type LicenceCategory,
} from './index.ts';

const day = (text: string) => text as CalendarDate;

const category = (code: CategoryCode, fields: Partial<LicenceCategory> = {}): LicenceCategory => ({
  code,
  obtainedOn: day('2015-03-10'),
  validUntil: null,
  restrictions: [],
  ...fields,
});

const birthDate = day('1970-05-20');
const card = { format: 'eu-card', birthDate } as const;
const pink = { format: 'pink-3-fold', birthDate } as const;

describe('age', () => {
  it('counts a year on each birthday, and a 29 February birthday on 28 February', () => {
    expect(ageOn(day('1970-05-20'), day('2030-05-19'))).toBe(59);
    expect(ageOn(day('1970-05-20'), day('2030-05-20'))).toBe(60);
    expect(ageOn(day('2004-02-29'), day('2022-02-27'))).toBe(17);
    expect(ageOn(day('2004-02-29'), day('2022-02-28'))).toBe(18);
  });
});

describe('heavy categories after a medical renewal', () => {
  it('last 5 years until 60, 2 years from 60 to 76, 1 year from 76', () => {
    expect([59, 60, 75, 76, 90].map(heavyValidityYears)).toEqual([5, 2, 2, 1, 1]);
  });

  it('take the period from the age on the day of the renewal, at the 60th birthday', () => {
    expect(validUntilAfterRenewal('C', { birthDate, renewedOn: day('2030-05-19') })).toBe('2035-05-19');
    expect(validUntilAfterRenewal('C', { birthDate, renewedOn: day('2030-05-20') })).toBe('2032-05-20');
  });

  it('take the period from the age on the day of the renewal, at the 76th birthday', () => {
    expect(validUntilAfterRenewal('D', { birthDate, renewedOn: day('2046-05-19') })).toBe('2048-05-19');
    expect(validUntilAfterRenewal('D', { birthDate, renewedOn: day('2046-05-20') })).toBe('2047-05-20');
  });

  it('while a light category on a card lasts 15 years whatever the age', () => {
    expect(validUntilAfterRenewal('B', { birthDate, renewedOn: day('2046-05-20') })).toBe('2061-05-20');
  });
});

describe('the end of a category', () => {
  it('is the date the registry recorded, even one shortened for medical reasons', () => {
    expect(categoryEndsOn(category('B', { validUntil: day('2027-01-31') }), card)).toBe('2027-01-31');
    expect(categoryEndsOn(category('CE', { validUntil: day('2016-03-10') }), card)).toBe('2016-03-10');
  });

  it('of a heavy category recorded without one follows the medical opinion on obtaining', () => {
    expect(categoryEndsOn(category('C'), card)).toBe('2020-03-10');
  });

  it('of a light category on a card recorded without one is unknown', () => {
    expect(categoryEndsOn(category('B'), card)).toBeNull();
  });

  it('on a pink licence is 19 January 2033 at the latest', () => {
    expect(pinkLicenceValidUntil).toBe('2033-01-19');
    expect(categoryEndsOn(category('B'), pink)).toBe('2033-01-19');
    expect(categoryEndsOn(category('B', { validUntil: day('2040-01-01') }), pink)).toBe('2033-01-19');
    expect(categoryEndsOn(category('C', { validUntil: day('2031-06-30') }), pink)).toBe('2031-06-30');
  });
});

describe('the status of a category on a day', () => {
  const validUntil = day('2028-09-15');
  const b = category('B', { validUntil });

  it('is valid up to and including its last day, and expired the day after', () => {
    expect(categoryStatusOn(b, { ...card, today: addDays(validUntil, -1) })).toEqual({
      status: 'valid',
      endsOn: validUntil,
    });
    expect(categoryStatusOn(b, { ...card, today: validUntil })).toEqual({
      status: 'valid',
      endsOn: validUntil,
    });
    expect(categoryStatusOn(b, { ...card, today: addDays(validUntil, 1) })).toEqual({
      status: 'expired',
      endsOn: validUntil,
    });
  });

  it('on a pink licence turns expired on 20 January 2033', () => {
    const pinkB = category('B', { obtainedOn: day('1990-04-02') });
    expect(categoryStatusOn(pinkB, { ...pink, today: day('2033-01-18') }).status).toBe('valid');
    expect(categoryStatusOn(pinkB, { ...pink, today: day('2033-01-19') }).status).toBe('valid');
    expect(categoryStatusOn(pinkB, { ...pink, today: day('2033-01-20') }).status).toBe('expired');
  });

  it('is not yet obtained before the day it was obtained', () => {
    expect(categoryStatusOn(b, { ...card, today: day('2015-03-09') }).status).toBe('not-yet-obtained');
    expect(categoryStatusOn(b, { ...card, today: day('2015-03-10') }).status).toBe('valid');
  });

  it('stays valid without end for a light category on a card with no recorded date', () => {
    expect(categoryStatusOn(category('A'), { ...card, today: day('2099-01-01') })).toEqual({
      status: 'valid',
      endsOn: null,
    });
  });
});

describe('categories held', () => {
  it('leave out an expired heavy category and keep the light ones', () => {
    const categories = [
      category('B', { validUntil: day('2030-03-09') }),
      category('C', { validUntil: day('2020-03-09') }),
      category('CE', { validUntil: day('2020-03-09') }),
      category('A', { obtainedOn: day('2026-01-01'), validUntil: day('2041-01-01') }),
    ];
    expect(heldCategoriesOn(categories, { ...card, today: day('2020-03-09') })).toEqual(['B', 'C', 'CE']);
    expect(heldCategoriesOn(categories, { ...card, today: day('2020-03-10') })).toEqual(['B']);
    expect(heldCategoriesOn(categories, { ...card, today: day('2026-01-01') })).toEqual(['B', 'A']);
  });
});
