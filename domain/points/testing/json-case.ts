// A valid case as the statement command and the API receive it (plain JSON), and ways to spoil it, for the
// validation tests (RULES.md §13, C17).
export const jsonInfraction = {
  type: 'infraction',
  id: 'A',
  offenceDate: '2024-03-10',
  establishedOn: '2024-03-20',
  class: 'C3',
  points: 1,
};

export const jsonCourse = { type: 'course', id: 'S1', startedOn: '2024-11-04', endedOn: '2024-11-05' };

export const jsonCase = {
  asOf: '2024-12-01',
  licence: { obtainedOn: '2010-05-03', probation: 'none', complementaryTraining: false },
  events: [jsonInfraction, jsonCourse],
  options: {},
};

/** The case with these licence fields changed; a field set to undefined is absent once written as JSON. */
export function withLicence(fields: Record<string, unknown>): Record<string, unknown> {
  return { ...jsonCase, licence: { ...jsonCase.licence, ...fields } };
}

/** The case with its course replaced by `event`, which is therefore `events[1]`. */
export function withSecondEvent(event: Record<string, unknown>): Record<string, unknown> {
  return { ...jsonCase, events: [jsonInfraction, event] };
}
