// The upcoming recoveries of a statement as an iCalendar file (RFC 5545), for the one-off download and the
// subscribed feed alike.
import { createHmac } from 'node:crypto';
import { addDays, toParts, type CalendarDate } from '../../domain/calendar/index.ts';
import { ruleWording, type UpcomingChange } from '../../domain/points/index.ts';

/** A DATE value (RFC 5545 §3.3.4): 20270301. */
const basicDate = (date: CalendarDate) => {
  const { year, month, day } = toParts(date);
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
};

/** A DATE-TIME in UTC (§3.3.5): 20261201T235859Z. */
const utcStamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A TEXT value (§3.3.11): backslashes, semicolons, commas and line breaks escaped. */
const text = (value: string) =>
  value.replace(/[\\;,]/g, (character) => `\\${character}`).replace(/\r?\n/g, '\\n');

/** A content line folded at 75 octets (§3.1), never inside a character's UTF-8 bytes. */
function folded(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    // The first line takes 75 octets; the others 74, after the space that marks them as continued.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

// RFC 5545 §3.6: a calendar holds at least one component. With nothing upcoming, the time zone the events are
// meant in is that component, so that calendar apps keep the subscription without showing anything.
const PARIS_TIME_ZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:STANDARD',
  'DTSTART:19701025T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'TZNAME:CET',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:19700329T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'TZNAME:CEST',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

const PRODUCT_ID = '-//permis-points//Mes points//FR';

/** An event id stable for one change of one account, that tells nothing about the licence without the key. */
export const eventUid = (uidKey: string, change: Pick<UpcomingChange, 'date' | 'rule'>) =>
  `${createHmac('sha256', uidKey).update(`${change.date}|${change.rule}`).digest('hex').slice(0, 32)}@permis-points`;

/**
 * The upcoming recoveries as an iCalendar file: one all-day event per change that gives points back, with a
 * reminder at 09:00 the day before (15 hours before the day starts).
 */
export function upcomingCalendar(upcoming: UpcomingChange[], uidKey: string, now: Date): string {
  const giving = upcoming.filter((change) => change.points > 0);
  const header = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Mes points',
  ];
  if (giving.length === 0) return [...header, ...PARIS_TIME_ZONE, 'END:VCALENDAR', ''].join('\r\n');
  const stamp = utcStamp(now);
  const events = giving.flatMap((change) => [
    'BEGIN:VEVENT',
    `UID:${eventUid(uidKey, change)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(change.date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(change.date, 1))}`,
    `SUMMARY:${text(`${ruleWording[change.rule].calendarTitle} : +${change.points} point${change.points > 1 ? 's' : ''}`)}`,
    `DESCRIPTION:${text(`Solde attendu : ${change.balanceAfter} points, si aucune nouvelle infraction n'est commise.`)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${text(ruleWording[change.rule].calendarTitle)}`,
    // 09:00 the day before: 15 hours before the all-day event starts.
    'TRIGGER:-PT15H',
    'END:VALARM',
    'END:VEVENT',
  ]);
  return [...header, 'METHOD:PUBLISH', ...events, 'END:VCALENDAR'].map(folded).join('\r\n').concat('\r\n');
}
