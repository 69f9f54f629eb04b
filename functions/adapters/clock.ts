// Clocks: the real one tells today's date in Europe/Paris; the settable one lets
// the local runtime and tests move every part of the system to another day.
import type { CalendarDate } from '../../domain/calendar/index.ts';
import { addDays, daysBetween } from '../../domain/calendar/index.ts';

export interface Clock {
  now(): Date;
  today(): CalendarDate;
}

const HOUR_MS = 3_600_000;

/** 01:00 UTC on the last Sunday of `month` (0 for January) of `year`: when the European Union changes its clocks. */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * The day in Paris at `instant`: UTC+1, UTC+2 in summer time, from 01:00 UTC on the last Sunday of March to 01:00
 * UTC on the last Sunday of October (Directive 2000/84/EC; France's rule since 1996, clock.test.ts checks it
 * against the time zone database). Computed rather than asked of Intl: the first Intl formatter of a process
 * loads ICU's locale data, about 14 ms of CPU on every cold start that tells today's date.
 */
export function parisDateOf(instant: Date): CalendarDate {
  const time = instant.getTime();
  const year = instant.getUTCFullYear();
  const summer = time >= lastSundayAtOneUtc(year, 2) && time < lastSundayAtOneUtc(year, 9);
  return new Date(time + (summer ? 2 : 1) * HOUR_MS).toISOString().slice(0, 10) as CalendarDate;
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
