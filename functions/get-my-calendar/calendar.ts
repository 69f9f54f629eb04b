// The upcoming recoveries of a statement as an iCalendar file: one all-day event
// per date a point comes back, with a reminder the day before.
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

export function upcomingCalendar(upcoming: UpcomingChange[], uidSeed: string): string {
  if (upcoming.length === 0) {
    return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:permis-points\r\nX-WR-CALNAME:Mes points\r\nEND:VCALENDAR\r\n';
  }
  const events: EventAttributes[] = upcoming.map((change) => ({
    uid: `${uidSeed}-${change.date}-${change.rule}@permis-points`,
    start: dateArray(change.date),
    end: dateArray(addDays(change.date, 1)),
    title: `${ruleLabels[change.rule]} : +${change.points} point${change.points > 1 ? 's' : ''}`,
    description: `Solde attendu : ${change.balanceAfter} points, si aucune nouvelle infraction n'est commise.`,
    productId: 'permis-points',
    calName: 'Mes points',
    transp: 'TRANSPARENT',
    alarms: [{ action: 'display', description: ruleLabels[change.rule], trigger: { days: 1, before: true } }],
  }));
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('calendar generation failed');
  return value;
}
