// The engine benchmark (`npm run bench:engine`): statements for synthetic licences of 10, 100 and 1,000 events,
// timed after a warm-up, to see that the cost grows like n log n. A seeded generator keeps the licences identical
// from run to run. It prints figures and asserts nothing.
import { performance } from 'node:perf_hooks';
import { addDays, parseCalendarDate, type CalendarDate } from '../domain/calendar/index.ts';
import { computeStatement, type PointsCase, type PointsEvent } from '../domain/points/index.ts';
import { evidence } from './evidence.ts';

const SIZES = [10, 100, 1_000];
const TIME_PER_SIZE_MS = 1_500;
const BATCHES = 5;
const SEED = 20_240_601;

/** mulberry32: a small deterministic generator of numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A licence held outside probation with about one event a month in a yearly pattern, the same for every size: a
 * course, a single point, every other year a class-4 withdrawal, every five years a two-offence interception, and
 * otherwise infractions that cost nothing. Every rule runs and the licence stays valid however many events it has;
 * the seeded generator only spreads the days.
 */
function syntheticLicence(size: number, random: () => number): PointsCase {
  const obtainedOn = parseCalendarDate('1950-01-01') as CalendarDate;
  const events: PointsEvent[] = [];
  let day = obtainedOn;
  for (let index = 0; events.length < size; index += 1) {
    day = addDays(day, 25 + Math.floor(random() * 21));
    const id = `E${index}`;
    const establishedOn = addDays(day, Math.floor(random() * 60));
    const infraction = (points: number, infractionClass: 'C3' | 'C4', eventId = id) => ({
      type: 'infraction' as const,
      id: eventId,
      offenceDate: day,
      establishedOn,
      class: infractionClass,
      points,
    });
    if (index % 12 === 11) events.push({ type: 'course', id, startedOn: day, endedOn: addDays(day, 1) });
    else if (index % 60 === 17) {
      events.push({ ...infraction(3, 'C4'), group: id }, { ...infraction(2, 'C4', `${id}b`), group: id });
    } else if (index % 24 === 7) events.push(infraction(2, 'C4'));
    else if (index % 12 === 3) events.push(infraction(1, 'C3'));
    else events.push(infraction(0, 'C3'));
  }
  return {
    asOf: addDays(day, 90),
    licence: { obtainedOn, probation: 'none', complementaryTraining: false },
    events: events.slice(0, size),
    options: { courseYearRule: 'firstDayAnniversary', probationIncrementBasis: 'offenceDate' },
  };
}

/**
 * Times statements in a few batches after a warm-up and keeps the fastest batch, the one least disturbed by other
 * work on the machine: how many statements ran in all, and the mean time of one in µs.
 */
function time(pointsCase: PointsCase): { runs: number; microseconds: number } {
  const batch = () => {
    const started = performance.now();
    let runs = 0;
    while (performance.now() - started < TIME_PER_SIZE_MS / BATCHES) {
      computeStatement(pointsCase);
      runs += 1;
    }
    return { runs, microseconds: ((performance.now() - started) * 1_000) / runs };
  };
  batch();
  const batches = Array.from({ length: BATCHES }, batch);
  return {
    runs: batches.reduce((sum, { runs }) => sum + runs, 0),
    microseconds: Math.min(...batches.map(({ microseconds }) => microseconds)),
  };
}

const rows = SIZES.map((size) => {
  const pointsCase = syntheticLicence(size, seededRandom(SEED + size));
  const { status, balance, upcoming } = computeStatement(pointsCase);
  return { size, ...time(pointsCase), check: `${status} ${balance}, ${upcoming.length} upcoming` };
});

const nLogN = (n: number) => n * Math.log2(n);
console.log('events  statements  µs/statement  ratio  n log n ratio  statement on asOf (sanity check)');
rows.forEach((row, index) => {
  const previous = rows[index - 1];
  const ratio = previous ? (row.microseconds / previous.microseconds).toFixed(1) : '';
  const predicted = previous ? (nLogN(row.size) / nLogN(previous.size)).toFixed(1) : '';
  console.log(
    [
      String(row.size).padStart(6),
      String(row.runs).padStart(10),
      row.microseconds.toFixed(1).padStart(12),
      ratio.padStart(5),
      predicted.padStart(13),
      ` ${row.check}`,
    ].join('  '),
  );
});

/** The engine runs once per registry write and once per read of a statement: 1 ms at 100 events keeps both cheap. */
const ENGINE_GOALS_MICROSECONDS: Record<number, number> = { 10: 200, 100: 1_000, 1_000: 15_000 };
for (const row of rows)
  evidence({
    name: `one statement, ${row.size} events`,
    value: row.microseconds,
    unit: 'µs',
    goal: { at: 'most', value: ENGINE_GOALS_MICROSECONDS[row.size] ?? Infinity },
    note: 'fastest of 5 batches after a warm-up',
  });
