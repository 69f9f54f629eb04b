// The history of a licence up to asOf, change by change in C11 order: what the history page shows and what the
// daily restoration job compares. Facts always appear (an infraction that cost nothing, a refused course, with 0);
// automatic changes appear when they changed something, and the end of probation always (it raises the maximum).
import { simulate, type Simulation } from './simulate.ts';
import type { PointsCase, TimelineChange } from './types.ts';

export function computeTimeline(pointsCase: PointsCase): TimelineChange[] {
  return timelineOf(pointsCase, simulate(pointsCase));
}

/** The changes of a simulation as a timeline shows them. */
function asTimeline(changes: Simulation['changes']): TimelineChange[] {
  return changes.map(({ date, kind, points, balanceAfter, maximumAfter, eventId }) => ({
    date,
    kind,
    points,
    balanceAfter,
    maximumAfter,
    ...(eventId === undefined ? {} : { eventId }),
  }));
}

/** The timeline a simulation of `pointsCase` gives: its changes on or before `asOf`. */
export function timelineOf(pointsCase: PointsCase, simulation: Simulation): TimelineChange[] {
  return asTimeline(simulation.changes.filter((change) => change.date <= pointsCase.asOf));
}

/** The projection a simulation of `pointsCase` gives: its changes after `asOf`, if nothing new is known. */
export function projectionOf(pointsCase: PointsCase, simulation: Simulation): TimelineChange[] {
  return asTimeline(simulation.changes.filter((change) => change.date > pointsCase.asOf));
}
