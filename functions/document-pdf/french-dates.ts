// Dates and times as a French document prints them: "12 avril 1990", "1 décembre 2026 à 22:15".
export { frenchDate } from '../../domain/calendar/index.ts';

const parisTime = new Intl.DateTimeFormat('fr-FR', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Paris',
});

/** The Paris wall-clock time of an instant, "22:15". */
export function parisTimeOf(instant: string): string {
  return parisTime.format(new Date(instant));
}
