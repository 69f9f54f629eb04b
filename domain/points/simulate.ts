// The one simulation behind the statement, the timeline, the letters and the next change date: it plays the known
// facts in C11 order from the starting point, jumping from one candidate date to the next on an agenda, and goes on
// past asOf to project what happens if nothing new is known (§13 `upcoming`).
import { type CalendarDate } from '../calendar/index.ts';
import { makeAgenda, type Agenda } from './agenda.ts';
import { FULL_CAPITAL } from './capital.ts';
import { COURSE_POINTS, courseCreditDay, yearRuleAllows } from './courses.ts';
import {
  firstCycle,
  nextCycle,
  restorationDueOn,
  restoredBy,
  withEstablishment,
  type RestorationCycle,
} from './full-restoration.ts';
import { heaviestFirst, makeGroupLedger, type GroupLedger } from './group-cap.ts';
import {
  isPointLosing,
  knownFacts,
  type KnownCourse,
  type KnownFacts,
  type KnownInfraction,
} from './known-facts.ts';
import { makeWindowBreakCheck, type WindowBreakCheck } from './offence-windows.ts';
import { planProbation, type ProbationPlan } from './probation.ts';
import { sixMonthReturnOn } from './six-month-restoration.ts';
import { startingPoint } from './starting-point.ts';
import { makeTenYearRule, type TenYearRule } from './ten-year-restoration.ts';
import type { CourseFact, PointsCase, PointsOptions, TimelineChange } from './types.ts';

/** A change as the simulation saw it: the public timeline entry plus what the letters need. */
export interface SimulatedChange extends TimelineChange {
  inProbation: boolean;
  infraction?: KnownInfraction;
}

export interface LicenceSnapshot {
  balance: number;
  maximum: number;
  inProbation: boolean;
  invalidatedOn: CalendarDate | null;
}

export interface Simulation {
  probation: ProbationPlan | null;
  /** Every change in order: those on or before asOf happened, the later ones are the projection. */
  changes: SimulatedChange[];
  onAsOf: LicenceSnapshot;
}

type AgendaEntry =
  | { kind: 'probation-increment'; date: CalendarDate; points: number }
  | { kind: 'probation-end'; date: CalendarDate }
  | { kind: 'full-restoration'; date: CalendarDate; cycleVersion: number }
  | { kind: 'six-month'; date: CalendarDate; infraction: KnownInfraction }
  | { kind: 'ten-year'; date: CalendarDate; infraction: KnownInfraction; actual: number; withdrawnAt: number }
  | { kind: 'course'; date: CalendarDate; course: KnownCourse }
  | { kind: 'withdrawal'; date: CalendarDate; infraction: KnownInfraction };

// C11: automatic changes at the start of the day, then course credits, then withdrawals.
const DAY_ORDER: Record<AgendaEntry['kind'], number> = {
  'probation-increment': 0,
  'probation-end': 1,
  'full-restoration': 2,
  'six-month': 3,
  'ten-year': 4,
  course: 5,
  withdrawal: 6,
};

function c11Order(a: AgendaEntry, b: AgendaEntry): number {
  return compareText(a.date, b.date) || DAY_ORDER[a.kind] - DAY_ORDER[b.kind] || sameKindOrder(a, b);
}

function sameKindOrder(a: AgendaEntry, b: AgendaEntry): number {
  if (a.kind === 'withdrawal' && b.kind === 'withdrawal') return heaviestFirst(a.infraction, b.infraction);
  // C11: returns by establishment date. Between two established on one day C11 says input order; no balance can
  // depend on it (each return adds min(its points, maximum - balance), which commutes), so the id decides, and the
  // timeline names them the same way whatever the input order.
  if ('infraction' in a && 'infraction' in b)
    return (
      compareText(a.infraction.establishedOn, b.infraction.establishedOn) ||
      compareText(a.infraction.id, b.infraction.id)
    );
  // C8: courses credited on one day go in input order.
  if (a.kind === 'course' && b.kind === 'course') return a.course.inputIndex - b.course.inputIndex;
  return 0;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface LicenceState extends LicenceSnapshot {
  cycle: RestorationCycle;
  previousCourse: CourseFact | null;
  /** Counts recorded changes, so that "since the withdrawal" can be asked of `reachedFullCapitalAt` (C10). */
  moment: number;
  reachedFullCapitalAt: number;
}

interface Rules {
  options: PointsOptions;
  probation: ProbationPlan | null;
  isWindowBroken: WindowBreakCheck;
  groups: GroupLedger;
  tenYearReturnOn: TenYearRule;
}

interface Run {
  state: LicenceState;
  rules: Rules;
  agenda: Agenda<AgendaEntry>;
  changes: SimulatedChange[];
}

export function simulate(pointsCase: PointsCase): Simulation {
  const facts = knownFacts(pointsCase);
  const start = startingPoint(pointsCase.licence);
  const probation = planProbation(
    pointsCase.licence,
    facts.infractions,
    pointsCase.options.probationIncrementBasis,
    start,
  );
  const run: Run = {
    state: {
      balance: start.balance,
      maximum: start.maximum,
      inProbation: start.inProbation,
      invalidatedOn: null,
      cycle: firstCycle(start),
      previousCourse: null,
      moment: 0,
      reachedFullCapitalAt: start.balance === FULL_CAPITAL ? 0 : -1,
    },
    rules: {
      options: pointsCase.options,
      probation,
      isWindowBroken: makeWindowBreakCheck(facts.infractions),
      groups: makeGroupLedger(facts.infractions),
      tenYearReturnOn: makeTenYearRule(facts.infractions),
    },
    agenda: makeAgenda(c11Order),
    changes: [],
  };
  if (start.balance === 0) invalidate(run, start.on);
  else planKnownFacts(run, facts);
  return { probation, changes: run.changes, onAsOf: play(run, pointsCase.asOf) };
}

function planKnownFacts(run: Run, facts: KnownFacts): void {
  const { agenda, rules } = run;
  for (const increment of rules.probation?.increments ?? [])
    agenda.add({ kind: 'probation-increment', ...increment });
  if (rules.probation) agenda.add({ kind: 'probation-end', date: rules.probation.endsOn });
  planFullRestoration(run);
  for (const infraction of facts.infractions)
    agenda.add({ kind: 'withdrawal', date: infraction.establishedOn, infraction });
  for (const course of facts.courses) agenda.add({ kind: 'course', date: courseCreditDay(course), course });
}

/** Plays the agenda; answers the licence as it stands at the end of asOf. */
function play(run: Run, asOf: CalendarDate): LicenceSnapshot {
  const { state, agenda } = run;
  let onAsOf: LicenceSnapshot | undefined;
  for (let entry = agenda.peek(); entry && state.invalidatedOn === null; entry = agenda.peek()) {
    if (entry.date > asOf) {
      onAsOf ??= snapshot(state);
      // Back at 12 outside probation, nothing known can change the licence any more (§13).
      if (state.balance === FULL_CAPITAL && !state.inProbation) break;
    }
    agenda.take();
    apply(run, entry);
  }
  return onAsOf ?? snapshot(state);
}

function snapshot({ balance, maximum, inProbation, invalidatedOn }: LicenceState): LicenceSnapshot {
  return { balance, maximum, inProbation, invalidatedOn };
}

function apply(run: Run, entry: AgendaEntry): void {
  switch (entry.kind) {
    case 'probation-increment':
      return grantIncrement(run, entry.date, entry.points);
    case 'probation-end':
      return endProbation(run, entry.date);
    case 'full-restoration':
      return restoreFully(run, entry.date, entry.cycleVersion);
    case 'six-month':
      return giveBack(run, entry.date, 'six-month', 1, entry.infraction);
    case 'ten-year':
      // C10: nothing comes back once the balance has been 12 since the withdrawal.
      if (run.state.reachedFullCapitalAt > entry.withdrawnAt) return;
      return giveBack(run, entry.date, 'ten-year', entry.actual, entry.infraction);
    case 'course':
      return creditCourse(run, entry.date, entry.course);
    case 'withdrawal':
      return withdraw(run, entry.date, entry.infraction);
  }
}

function record(
  run: Run,
  date: CalendarDate,
  kind: TimelineChange['kind'],
  points: number,
  infraction?: KnownInfraction,
  eventId = infraction?.id,
): number {
  const { state } = run;
  state.moment += 1;
  if (state.balance === FULL_CAPITAL) state.reachedFullCapitalAt = state.moment;
  run.changes.push({
    date,
    kind,
    points,
    balanceAfter: state.balance,
    maximumAfter: state.maximum,
    ...(eventId === undefined ? {} : { eventId }),
    inProbation: state.inProbation,
    ...(infraction === undefined ? {} : { infraction }),
  });
  return state.moment;
}

function grantIncrement(run: Run, date: CalendarDate, points: number): void {
  if (run.rules.probation?.countsAgainst(date)) return;
  run.state.balance += points;
  run.state.maximum += points;
  record(run, date, 'probation-increment', points);
}

/** C7: the maximum becomes 12; the balance too, unless an infraction counts and its period has not run out. */
function endProbation(run: Run, date: CalendarDate): void {
  const { state, rules } = run;
  state.maximum = FULL_CAPITAL;
  state.inProbation = false;
  const restored =
    !rules.probation?.countsAgainst(date) || restoredBy(state.cycle, date, rules.isWindowBroken);
  const points = restored ? FULL_CAPITAL - state.balance : 0;
  if (restored) restartCycle(run);
  state.balance += points;
  record(run, date, 'probation-end', points);
}

function restoreFully(run: Run, date: CalendarDate, cycleVersion: number): void {
  const { state, rules } = run;
  // Stale (S or P moved since), never during probation (C7 decides at its end), or broken (C4).
  if (cycleVersion !== state.cycle.version || state.inProbation) return;
  if (!restoredBy(state.cycle, date, rules.isWindowBroken)) return;
  const points = FULL_CAPITAL - state.balance;
  restartCycle(run);
  if (points === 0) return;
  state.balance = FULL_CAPITAL;
  record(run, date, 'full-restoration', points);
}

function restartCycle(run: Run): void {
  run.state.cycle = nextCycle(run.state.cycle);
}

function planFullRestoration(run: Run): void {
  const date = restorationDueOn(run.state.cycle);
  if (date !== null)
    run.agenda.add({ kind: 'full-restoration', date, cycleVersion: run.state.cycle.version });
}

/** A return within the maximum; one that adds nothing is not a change (C15). */
function giveBack(
  run: Run,
  date: CalendarDate,
  kind: 'six-month' | 'ten-year',
  upTo: number,
  infraction: KnownInfraction,
): void {
  const points = Math.min(upTo, run.state.maximum - run.state.balance);
  if (points === 0) return;
  run.state.balance += points;
  record(run, date, kind, points, infraction);
}

function creditCourse(run: Run, date: CalendarDate, course: KnownCourse): void {
  const { state, rules } = run;
  const allowed = yearRuleAllows(course, state.previousCourse, rules.options.courseYearRule);
  const points = allowed ? Math.min(COURSE_POINTS, state.maximum - state.balance) : 0;
  // Only a course that gave points is the previous one for the year rule (C8).
  if (points > 0) state.previousCourse = course;
  state.balance += points;
  record(run, date, 'course', points, undefined, course.id);
}

function withdraw(run: Run, date: CalendarDate, infraction: KnownInfraction): void {
  const { state, rules, agenda } = run;
  const actual = rules.groups.withdraw(infraction);
  if (isPointLosing(infraction)) {
    state.cycle = withEstablishment(state.cycle, infraction);
    planFullRestoration(run);
  }
  state.balance = Math.max(0, state.balance - actual);
  // Written so that nothing withdrawn is 0, not -0.
  const withdrawnAt = record(run, date, 'withdrawal', actual === 0 ? 0 : -actual, infraction);
  if (state.balance === 0) return invalidate(run, date, infraction);
  const sixMonthOn = sixMonthReturnOn(infraction, actual, rules.isWindowBroken);
  if (sixMonthOn !== null) agenda.add({ kind: 'six-month', date: sixMonthOn, infraction });
  const tenYearOn = rules.tenYearReturnOn(infraction, actual, sixMonthOn !== null);
  if (tenYearOn !== null) agenda.add({ kind: 'ten-year', date: tenYearOn, infraction, actual, withdrawnAt });
}

/** C12: from this day nothing changes the licence any more. */
function invalidate(run: Run, date: CalendarDate, infraction?: KnownInfraction): void {
  run.state.invalidatedOn = date;
  record(run, date, 'invalidation', 0, infraction);
}
