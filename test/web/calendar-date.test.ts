// The web's dates in words (react-intl), French and English: the first of the month is "1er" in French.
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { calendarDateInWords } from '../../web/src/i18n/calendar-date.ts';

const french = createIntl({ locale: 'fr', messages: {} });
const english = createIntl({ locale: 'en', messages: {} });

describe('a date in words', () => {
  it('writes the first of the month "1er" in French', () => {
    expect(calendarDateInWords(french, '2027-03-01')).toBe('1er mars 2027');
    expect(calendarDateInWords(french, '2027-01-01')).toBe('1er janvier 2027');
  });

  it('writes the other days as numbers, the 11th and the 21st included', () => {
    expect(calendarDateInWords(french, '2027-03-02')).toBe('2 mars 2027');
    expect(calendarDateInWords(french, '2027-03-11')).toBe('11 mars 2027');
    expect(calendarDateInWords(french, '2027-03-21')).toBe('21 mars 2027');
    expect(calendarDateInWords(french, '2027-02-28')).toBe('28 février 2027');
  });

  it('leaves English as Intl writes it', () => {
    expect(calendarDateInWords(english, '2027-03-01')).toBe('March 1, 2027');
  });

  it('reads the day written at the start of a timestamp, whatever the reader’s time zone', () => {
    expect(calendarDateInWords(french, '2027-04-01T23:30:00+02:00')).toBe('1er avril 2027');
  });
});
