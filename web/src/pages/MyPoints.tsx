// `/mes-points`: the balance (gauge and words), status and probation, the balance over time, the
// upcoming recoveries, the explained history, how recent the data is, and the calendar.
import type { Statement } from '../api/types.ts';
import { useHistory, useStatement } from '../api/queries.ts';
import { BalanceChart, type BalancePoint } from '../components/BalanceChart.tsx';
import { CalendarActions } from '../components/CalendarActions.tsx';
import { Gauge } from '../components/Gauge.tsx';
import { HistoryList, ruleId } from '../components/HistoryList.tsx';
import type { HistoryItem } from '../api/types.ts';
import { useT } from '../i18n/index.ts';
import { ErrorNotice } from '../layout/ErrorNotice.tsx';
import { Loading } from '../layout/Loading.tsx';
import { Page } from '../layout/Page.tsx';

function balanceSeries(statement: Statement, history: HistoryItem[]): BalancePoint[] {
  const past = history
    .filter((item) => item.balanceAfter !== undefined && item.date <= statement.asOf)
    .map((item) => ({ date: item.date, balance: item.balanceAfter!, kind: 'past' as const }))
    .reverse();
  // Where the line starts: the balance before the oldest change shown.
  const oldest = history.findLast((item) => item.balanceAfter !== undefined && item.date <= statement.asOf);
  const start = oldest
    ? [{ date: oldest.date, balance: oldest.balanceAfter! - oldest.points, kind: 'past' as const }]
    : [];
  return [
    ...start,
    ...past,
    { date: statement.asOf, balance: statement.balance, kind: 'today' as const },
    ...statement.upcoming.map((change) => ({
      date: change.date,
      balance: change.balanceAfter,
      kind: 'future' as const,
    })),
  ];
}

export function StatementSummary({ statement }: { statement: Statement }) {
  const { t, date } = useT();
  const { balance, maximum } = statement;
  return (
    <div className="summary">
      <p className="balance">{t('points.balance', { balance, maximum })}</p>
      <Gauge balance={balance} maximum={maximum} label={t('points.gauge', { balance, maximum })} />
      <p className="status">
        {statement.status === 'invalidated'
          ? t('points.status.invalidated', { date: date(statement.invalidatedOn ?? statement.asOf) })
          : t('points.status.valid')}
      </p>
      {statement.status === 'valid' && balance <= 3 && (
        <p className="notice notice--warning">{t('points.status.low')}</p>
      )}
      {statement.probation && (
        <p>
          {t(statement.probation.incrementsForfeited ? 'points.probationForfeited' : 'points.probation', {
            date: date(statement.probation.endsOn),
          })}
        </p>
      )}
    </div>
  );
}

export function UpcomingList({ upcoming }: { upcoming: Statement['upcoming'] }) {
  const { t, date } = useT();
  if (upcoming.length === 0) return <p>{t('points.upcomingNone')}</p>;
  return (
    <ul className="upcoming">
      {upcoming.map((change) => (
        <li key={`${change.date}-${change.rule}`}>
          <strong>
            {t(change.points === 0 ? 'points.upcomingSame' : 'points.upcomingItem', {
              date: date(change.date),
              points: change.points,
              balanceAfter: change.balanceAfter,
            })}
          </strong>
          <span className="hint"> · {t(ruleId(change.rule))}</span>
        </li>
      ))}
    </ul>
  );
}

export default function MyPoints() {
  const { t, date } = useT();
  const statement = useStatement();
  const history = useHistory();
  return (
    <Page title={t('points.title')}>
      {statement.isPending && <Loading />}
      {statement.isError && <ErrorNotice onRetry={() => void statement.refetch()} />}
      {statement.data && (
        <>
          <p className="hint">{t('points.linked', { number: statement.data.licence.licenceNumber })}</p>
          <StatementSummary statement={statement.data} />
          <p className="recorded">{t('points.recordedUpTo', { date: date(statement.data.recordedUpTo) })}</p>
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{t('points.upcomingHeading')}</h2>
            <UpcomingList upcoming={statement.data.upcoming} />
          </section>
          <CalendarActions />
          <section aria-labelledby="chart-heading">
            <h2 id="chart-heading">{t('points.chartHeading')}</h2>
            <BalanceChart
              points={balanceSeries(statement.data, history.data?.items ?? [])}
              maximum={statement.data.maximum}
            />
          </section>
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t('points.historyHeading')}</h2>
            {history.isPending && <Loading />}
            {history.isError && <ErrorNotice onRetry={() => void history.refetch()} />}
            {history.data &&
              (history.data.items.length === 0 ? (
                <p>{t('points.historyNone')}</p>
              ) : (
                <HistoryList items={history.data.items} upcoming={statement.data.upcoming} />
              ))}
          </section>
        </>
      )}
    </Page>
  );
}
