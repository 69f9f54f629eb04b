import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import { makeSettableClock, parisDateOf, systemClock } from './clock.ts';

const HOUR_MS = 3_600_000;
const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

describe('the day in Paris', () => {
  it('turns at midnight in Paris: 23:00 UTC in winter, 22:00 UTC in summer', () => {
    expect(parisDateOf(new Date('2026-01-15T22:59:59.999Z'))).toBe('2026-01-15');
    expect(parisDateOf(new Date('2026-01-15T23:00:00.000Z'))).toBe('2026-01-16');
    expect(parisDateOf(new Date('2026-07-15T21:59:59.999Z'))).toBe('2026-07-15');
    expect(parisDateOf(new Date('2026-07-15T22:00:00.000Z'))).toBe('2026-07-16');
  });

  it('moves to summer time at 01:00 UTC on the last Sunday of March, and back on the last Sunday of October', () => {
    // 2026-03-29 and 2026-10-25 are the last Sundays; the evening before each shows the offset in force.
    expect(parisDateOf(new Date('2026-03-28T22:30:00Z'))).toBe('2026-03-28');
    expect(parisDateOf(new Date('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
    expect(parisDateOf(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25');
    expect(parisDateOf(new Date('2026-10-25T22:30:00Z'))).toBe('2026-10-25');
  });

  it('is the day the time zone database gives on every evening from 1996 to 2060', () => {
    // The day turns at 22:00 or 23:00 UTC, by the offset in force: a millisecond either side of both shows it.
    const wrong: string[] = [];
    for (let day = Date.UTC(1996, 0, 1); day < Date.UTC(2061, 0, 1); day += 24 * HOUR_MS) {
      for (const time of [22, 23].flatMap((hour) => [day + hour * HOUR_MS - 1, day + hour * HOUR_MS])) {
        const instant = new Date(time);
        if (parisDateOf(instant) !== parisDay.format(instant)) wrong.push(instant.toISOString());
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is what the system clock tells as today', () => {
    const before = parisDateOf(new Date());
    const today = systemClock.today();
    expect([before, parisDateOf(new Date())]).toContain(today);
  });
});

describe('the settable clock', () => {
  it('moves every reading to the day set, and back to the real day', () => {
    const clock = makeSettableClock({
      now: () => new Date('2026-05-01T10:00:00Z'),
      today: () => '2026-05-01' as CalendarDate,
    });
    clock.set('2026-06-01' as CalendarDate);
    expect(clock.today()).toBe('2026-06-01');
    expect(clock.now().toISOString()).toBe('2026-06-01T10:00:00.000Z');
    clock.set(null);
    expect(clock.today()).toBe('2026-05-01');
  });
});
