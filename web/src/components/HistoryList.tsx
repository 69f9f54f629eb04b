// The history, newest first, each line explained: why it cost points, which rule brings them back
// and, when the upcoming changes say so, on which day.
import { addMonths, type CalendarDate } from '../../../domain/calendar/index.ts';
import type { HistoryItem, Upcoming } from '../api/types.ts';
import { useT, type MessageId } from '../i18n/index.ts';

const ruleIds: Record<string, MessageId> = {
  'six-month': 'rule.six-month',
  'full-restoration': 'rule.full-restoration',
  'ten-year': 'rule.ten-year',
  'probation-increment': 'rule.probation-increment',
  'probation-end': 'rule.probation-end',
};
export const ruleId = (rule: string | undefined): MessageId => (rule && ruleIds[rule]) || 'rule.other';

const kinds = ['C1', 'C2', 'C3', 'C4', 'C5', 'DELIT'] as const;
const isKind = (value: string | undefined): value is (typeof kinds)[number] =>
  kinds.includes(value as (typeof kinds)[number]);

function recoveryId(infractionClass: string | undefined): MessageId {
  if (infractionClass === 'C4') return 'history.recovery.c4';
  if (infractionClass === 'C5' || infractionClass === 'DELIT') return 'history.recovery.serious';
  return 'history.recovery.c1to3';
}

const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

function Line({ item, upcoming }: { item: HistoryItem; upcoming: Upcoming[] }) {
  const { t, date } = useT();
  let title: string;
  let why: string[];
  const lost = Math.abs(item.points);
  switch (item.type) {
    case 'infraction': {
      title = item.label
        ? t('history.infraction', { label: item.label })
        : t('history.infractionUnnamed', { class: item.class ?? '?' });
      const kind = isKind(item.class) ? t(`history.kind.${item.class}`) : (item.class ?? '');
      why = [
        t('history.infractionWhy', {
          points: lost,
          kind,
          offenceDate: date(item.offenceDate ?? item.date),
        }).trim(),
      ];
      if (lost > 0) {
        why.push(t(recoveryId(item.class)));
        if (lost === 1) why.push(t('history.recovery.sixMonth'));
        const sixMonths = addMonths(item.date as CalendarDate, 6);
        const expected =
          (lost === 1 &&
            upcoming.find((change) => change.rule === 'six-month' && change.date === sixMonths)) ||
          upcoming.find((change) => change.rule === 'full-restoration');
        if (expected)
          why.push(t('history.expected', { date: date(expected.date), rule: t(ruleId(expected.rule)) }));
      }
      break;
    }
    case 'restoration':
      title = t('history.restoration', { rule: t(ruleId(item.rule)) });
      why = [t('history.restorationWhy', { points: lost, rule: t(ruleId(item.rule)) })];
      break;
    case 'course':
      title = t('history.course');
      why = [
        t('history.courseWhy', {
          points: lost,
          from: date(item.startedOn ?? item.date),
          to: date(item.endedOn ?? item.date),
        }),
      ];
      break;
    case 'decision': {
      const decision = item.decision as 'suspension' | 'cancellation' | 'lifted' | undefined;
      title = t('history.decision', {
        decision: decision ? t(`history.decision.${decision}`) : (item.decision ?? ''),
      });
      why = [t('history.decisionWhy')];
      break;
    }
    default:
      title = t('history.correction');
      why = [item.reason ?? t('history.correctionWhy')];
  }
  return (
    <li className={`history__item history__item--${item.type}`}>
      <div className="history__head">
        <span className="history__date">{date(item.date)}</span>
        <span className={`history__points ${item.points < 0 ? 'is-loss' : 'is-gain'}`}>
          {signed(item.points)} pt
        </span>
      </div>
      <p className="history__title">{title}</p>
      {why.map((sentence) => (
        <p key={sentence} className="history__why">
          {sentence}
        </p>
      ))}
      {item.balanceAfter !== undefined && (
        <p className="history__after">{t('history.balanceAfter', { balance: item.balanceAfter })}</p>
      )}
    </li>
  );
}

export function HistoryList({ items, upcoming }: { items: HistoryItem[]; upcoming: Upcoming[] }) {
  return (
    <ol className="history">
      {items.map((item, index) => (
        <Line key={item.eventId ?? `${item.type}-${item.date}-${index}`} item={item} upcoming={upcoming} />
      ))}
    </ol>
  );
}
