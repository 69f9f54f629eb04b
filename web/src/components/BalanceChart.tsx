// The balance over time as an SVG step chart (the past from the history, the future from the
// upcoming changes), followed by the same values as a table for screen readers and anyone else.
import { useT } from '../i18n/index.ts';

export interface BalancePoint {
  date: string;
  balance: number;
  kind: 'past' | 'today' | 'future';
}

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 28, right: 10, top: 10, bottom: 24 };

const epochDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

export function BalanceChart({ points, maximum }: { points: BalancePoint[]; maximum: number }) {
  const { t, date } = useT();
  if (points.length === 0) return null;
  const first = epochDay(points[0]!.date);
  const last = Math.max(first + 1, epochDay(points[points.length - 1]!.date));
  const x = (iso: string) =>
    PAD.left + ((epochDay(iso) - first) / (last - first)) * (WIDTH - PAD.left - PAD.right);
  // The scale holds every balance shown: a probationary maximum grows over the years.
  const top = Math.max(1, maximum, ...points.map((point) => point.balance));
  const y = (balance: number) => PAD.top + (1 - Math.max(0, balance) / top) * (HEIGHT - PAD.top - PAD.bottom);
  // A step line: the balance holds until the day it changes.
  const step = (list: BalancePoint[]) =>
    list
      .map((point, index) => {
        const px = x(point.date).toFixed(1);
        const py = y(point.balance).toFixed(1);
        return index === 0 ? `M${px},${py}` : `H${px}V${py}`;
      })
      .join('');
  const todayIndex = points.findIndex((point) => point.kind === 'today');
  const past = points.slice(0, todayIndex + 1);
  const future = points.slice(Math.max(0, todayIndex));
  const kindText = {
    past: t('points.chartPast'),
    today: t('points.chartToday'),
    future: t('points.chartFuture'),
  };
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('points.chartLabel', {
          from: date(points[0]!.date),
          to: date(points[points.length - 1]!.date),
        })}
      >
        {[0, Math.round(top / 2), top].map((value) => (
          <g key={value}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(value)} y2={y(value)} className="chart__grid" />
            <text x={PAD.left - 6} y={y(value) + 4} className="chart__axis" textAnchor="end">
              {value}
            </text>
          </g>
        ))}
        <path d={step(past)} className="chart__past" />
        {future.length > 1 && <path d={step(future)} className="chart__future" />}
        {points.map((point, index) => (
          <circle
            key={index}
            cx={x(point.date)}
            cy={y(point.balance)}
            r={point.kind === 'today' ? 4.5 : 3}
            className={`chart__dot chart__dot--${point.kind}`}
          />
        ))}
        <text x={PAD.left} y={HEIGHT - 6} className="chart__axis">
          {points[0]!.date.slice(0, 4)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 6} className="chart__axis" textAnchor="end">
          {points[points.length - 1]!.date.slice(0, 4)}
        </text>
      </svg>
      <details className="chart__table">
        <summary>{t('points.chartTable')}</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('points.chartHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('points.chartDate')}</th>
                <th scope="col">{t('points.chartBalance')}</th>
                <th scope="col">{t('points.chartKind')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((point, index) => (
                <tr key={index}>
                  <td>{date(point.date)}</td>
                  <td>{point.balance}</td>
                  <td>{kindText[point.kind]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
