// The facts the engine reasons on: the events known on asOf (C13), less those already inside a known balance
// (C14, C17). Courses keep their position in the input: two credited on one day go in input order (C8). Nothing
// else depends on the input order (C9, C11).
import type { CourseFact, InfractionFact, PointsCase } from './types.ts';

export type KnownInfraction = InfractionFact;
export type KnownCourse = CourseFact & { inputIndex: number };

export interface KnownFacts {
  infractions: KnownInfraction[];
  courses: KnownCourse[];
}

/** C15: only an infraction that withdraws points takes part in the windows, cycles and probation. */
export function isPointLosing(infraction: InfractionFact): boolean {
  return infraction.points > 0;
}

export function knownFacts({ asOf, licence, events }: PointsCase): KnownFacts {
  const counts = (day: string) =>
    day <= asOf && (licence.balanceKnownOn === undefined || day >= licence.balanceKnownOn);
  const facts: KnownFacts = { infractions: [], courses: [] };
  events.forEach((event, inputIndex) => {
    if (event.type === 'infraction' && counts(event.establishedOn)) facts.infractions.push(event);
    if (event.type === 'course' && counts(event.endedOn)) facts.courses.push({ ...event, inputIndex });
  });
  return facts;
}
