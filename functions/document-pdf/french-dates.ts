// Dates and times as a French document prints them: "12 avril 1990", "1 décembre 2026 à 22:15".
import type { CalendarDate } from '../../domain/calendar/index.ts';

const longDate = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const parisTime = new Intl.DateTimeFormat('fr-FR', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Paris',
});

/** "12 avril 1990"; the first of a month is "1er". */
export function frenchDate(date: CalendarDate): string {
  return longDate.format(new Date(`${date}T00:00:00Z`)).replace(/^1 /, '1er ');
}

/** The Paris wall-clock time of an instant, "22:15". */
export function parisTimeOf(instant: string): string {
  return parisTime.format(new Date(instant));
}
