import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type { UpcomingChange } from '../../domain/points/index.ts';
import { upcomingCalendar } from './calendar.ts';

const change = (overrides: Partial<UpcomingChange> = {}): UpcomingChange => ({
  date: '2027-03-01' as CalendarDate,
  rule: 'six-month',
  points: 1,
  balanceAfter: 12,
  ...overrides,
});

describe('the calendar file', () => {
  const file = upcomingCalendar(
    [change(), change({ date: '2028-01-01' as CalendarDate, rule: 'full-restoration', points: 3 })],
    'key',
    new Date('2026-12-01T23:58:59.123Z'),
  );
  const lines = file.split('\r\n');

  it('keeps every content line within 75 octets, continued lines starting with a space (RFC 5545 §3.1)', () => {
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(file.endsWith('\r\n')).toBe(true);
  });

  it('reads back, unfolded, with the accents whole, all-day dates, a UTC stamp and a reminder 15 hours before', () => {
    const calendar = new ICAL.Component(ICAL.parse(file) as unknown[]);
    const [first, second] = calendar.getAllSubcomponents('vevent');
    expect(first?.getFirstPropertyValue('summary')).toBe('Retour du point (règle des 6 mois) : +1 point');
    expect(second?.getFirstPropertyValue('summary')).toBe(
      'Reconstitution du capital (12 points) : +3 points',
    );
    expect(first?.getFirstPropertyValue('description')).toBe(
      "Solde attendu : 12 points, si aucune nouvelle infraction n'est commise.",
    );
    expect(String(first?.getFirstPropertyValue('dtstart'))).toBe('2027-03-01');
    expect(String(first?.getFirstPropertyValue('dtend'))).toBe('2027-03-02');
    expect(String(first?.getFirstPropertyValue('dtstamp'))).toBe('2026-12-01T23:58:59Z');
    expect(String(first?.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger'))).toBe('-PT15H');
  });

  it('escapes commas in text values (the description has one)', () => {
    expect(file.replace(/\r\n /g, '')).toContain('DESCRIPTION:Solde attendu : 12 points\\, si aucune');
  });
});
