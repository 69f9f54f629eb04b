// The motorist's history: every fact and every change of the balance up to a day,
// newest first, in words the history page can show as they are.
import type { CalendarDate } from '../calendar/index.ts';
import { isRestorationRule, type RestorationRule, type TimelineChange } from '../points/index.ts';
import type { Correction } from './evaluation.ts';
import type { RecordedFact } from './licence-record.ts';

export interface HistoryItem {
  type: 'infraction' | 'restoration' | 'course' | 'decision' | 'correction';
  date: CalendarDate;
  points: number;
  balanceAfter?: number;
  rule?: RestorationRule;
  eventId?: string;
  offenceDate?: CalendarDate;
  class?: string;
  natinf?: string;
  label?: string;
  place?: string;
  startedOn?: CalendarDate;
  endedOn?: CalendarDate;
  decision?: string;
  until?: CalendarDate;
  reason?: string;
}

export function historyOf(
  facts: RecordedFact[],
  timeline: TimelineChange[],
  corrections: Correction[],
  today: CalendarDate,
): HistoryItem[] {
  const changeOf = (eventId: string, kind: string) =>
    timeline.find((change) => change.eventId === eventId && change.kind === kind);
  const items: HistoryItem[] = [];
  for (const fact of facts) {
    if (fact.type === 'infraction' && fact.establishedOn <= today) {
      const withdrawal = changeOf(fact.eventId, 'withdrawal');
      items.push({
        type: 'infraction',
        date: fact.establishedOn,
        points: withdrawal?.points ?? 0,
        ...(withdrawal ? { balanceAfter: withdrawal.balanceAfter } : {}),
        eventId: fact.eventId,
        offenceDate: fact.offenceDate,
        class: fact.class,
        ...(fact.natinf ? { natinf: fact.natinf } : {}),
        ...(fact.label ? { label: fact.label } : {}),
        ...(fact.place ? { place: fact.place } : {}),
      });
    } else if (fact.type === 'course' && fact.endedOn <= today) {
      const credit = changeOf(fact.eventId, 'course');
      items.push({
        type: 'course',
        date: credit?.date ?? fact.endedOn,
        points: credit?.points ?? 0,
        ...(credit ? { balanceAfter: credit.balanceAfter } : {}),
        eventId: fact.eventId,
        startedOn: fact.startedOn,
        endedOn: fact.endedOn,
      });
    } else if (fact.type === 'decision' && fact.from <= today) {
      items.push({
        type: 'decision',
        date: fact.from,
        points: 0,
        eventId: fact.eventId,
        decision: fact.decision,
        ...(fact.until ? { until: fact.until } : {}),
      });
    }
  }
  for (const change of timeline) {
    if (isRestorationRule(change.kind) && (change.points > 0 || change.kind === 'probation-end')) {
      items.push({
        type: 'restoration',
        date: change.date,
        points: change.points,
        balanceAfter: change.balanceAfter,
        rule: change.kind,
        ...(change.eventId ? { eventId: change.eventId } : {}),
      });
    }
  }
  for (const correction of corrections) {
    items.push({
      type: 'correction',
      date: correction.detectedOn,
      points: -correction.points,
      rule: correction.rule,
      reason: `${correction.reason}: ${correction.rule} of ${correction.date}`,
    });
  }
  // Newest first; within a day, the order the changes happened, reversed.
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.date === b.item.date ? b.index - a.index : a.item.date < b.item.date ? 1 : -1))
    .map(({ item }) => item);
}
