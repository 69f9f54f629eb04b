// A calendar day as French prose writes it: "12 avril 1990", and "1er" for the first of a month.
import { toParts, type CalendarDate } from './calendar-date.ts';

const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
] as const;

/** "12 avril 1990"; the first of a month is "1er mars 2027". */
export function frenchDate(date: CalendarDate): string {
  const { year, month, day } = toParts(date);
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1] ?? ''} ${year}`;
}
