// Everything a write needs from one simulation of a case: the statement, the timeline, the letters, the next
// automatic change and the projected changes (what comes back, and when, if nothing new is known).
import type { CalendarDate } from '../calendar/index.ts';
import { lettersOf } from './letters.ts';
import { nextChangeOf } from './next-change.ts';
import { simulate } from './simulate.ts';
import { statementOf } from './statement.ts';
import { projectionOf, timelineOf } from './timeline.ts';
import type { LetterDue, PointsCase, Statement, TimelineChange } from './types.ts';

export interface Analysis {
  statement: Statement;
  timeline: TimelineChange[];
  letters: LetterDue[];
  nextChangeOn: CalendarDate | null;
  /** The changes after asOf, each with the event it comes from when it has one. */
  projection: TimelineChange[];
}

export function analyse(pointsCase: PointsCase): Analysis {
  const simulation = simulate(pointsCase);
  const statement = statementOf(pointsCase, simulation);
  return {
    statement,
    timeline: timelineOf(pointsCase, simulation),
    letters: lettersOf(simulation),
    nextChangeOn: nextChangeOf(pointsCase, statement),
    projection: projectionOf(pointsCase, simulation),
  };
}
