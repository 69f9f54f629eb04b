// A calendar day (`YYYY-MM-DD`) in words, as French writes it: the first of the month is "1er"
// ("1er mars 2027"), which Intl does not do by itself.
import type { IntlShape } from 'react-intl';

export function calendarDateInWords(intl: Pick<IntlShape, 'formatDateToParts' | 'locale'>, iso: string) {
  // Noon UTC, read in UTC: the same day whatever the browser's time zone.
  const parts = intl.formatDateToParts(`${iso.slice(0, 10)}T12:00:00Z`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const french = intl.locale.toLowerCase().startsWith('fr');
  return parts.map(({ type, value }) => (french && type === 'day' && value === '1' ? '1er' : value)).join('');
}
