// The upcoming recoveries of a statement as an iCalendar file (RFC 5545), for the one-off download and the
// subscribed feed alike.
import { createHmac } from 'node:crypto';
import { createEvents, type EventAttributes } from 'ics';
import { addDays, toParts, type CalendarDate } from '../../domain/calendar/index.ts';
import type { UpcomingChange } from '../../domain/points/index.ts';

const ruleLabels: Record<UpcomingChange['rule'], string> = {
  'six-month': 'Retour du point (règle des 6 mois)',
  'full-restoration': 'Reconstitution du capital (12 points)',
  'ten-year': 'Retour de points (règle des 10 ans)',
  'probation-increment': 'Points de la période probatoire',
  'probation-end': 'Fin de la période probatoire',
};

const dateArray = (date: CalendarDate): [number, number, number] => {
  const { year, month, day } = toParts(date);
  return [year, month, day];
};

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
  if (giving.length === 0) {
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${PRODUCT_ID}`,
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:Mes points',
      ...PARIS_TIME_ZONE,
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  }
  const stamp = now.getTime();
  const events: EventAttributes[] = giving.map((change) => ({
    uid: eventUid(uidKey, change),
    timestamp: stamp,
    start: dateArray(change.date),
    end: dateArray(addDays(change.date, 1)),
    title: `${ruleLabels[change.rule]} : +${change.points} point${change.points > 1 ? 's' : ''}`,
    description: `Solde attendu : ${change.balanceAfter} points, si aucune nouvelle infraction n'est commise.`,
    productId: PRODUCT_ID,
    calName: 'Mes points',
    transp: 'TRANSPARENT',
    alarms: [
      { action: 'display', description: ruleLabels[change.rule], trigger: { hours: 15, before: true } },
    ],
  }));
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('calendar generation failed');
  return value;
}
