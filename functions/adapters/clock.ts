// Clocks: the real one tells today's date in Europe/Paris; the settable one lets
// the local runtime and tests move every part of the system to another day.
import type { CalendarDate } from '../../domain/calendar/index.ts';
import { addDays, daysBetween } from '../../domain/calendar/index.ts';

export interface Clock {
  now(): Date;
  today(): CalendarDate;
}

const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export function parisDateOf(instant: Date): CalendarDate {
  return parisDay.format(instant) as CalendarDate;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => parisDateOf(new Date()),
};

export interface SettableClock extends Clock {
  /** Every later reading takes `today` as the date (the time of day keeps running); null returns to the real date. */
  set(today: CalendarDate | null): void;
}

export function makeSettableClock(base: Clock = systemClock): SettableClock {
  let shiftDays = 0;
  return {
    now: () => new Date(base.now().getTime() + shiftDays * 86_400_000),
    today: () => addDays(base.today(), shiftDays),
    set(today) {
      shiftDays = today === null ? 0 : daysBetween(base.today(), today);
    },
  };
}
