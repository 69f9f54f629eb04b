import { describe, expect, it } from 'vitest';
import { parsePointsCase } from './parse-case.ts';
import {
  jsonCase as valid,
  jsonCourse as course,
  jsonInfraction as infraction,
  withLicence,
  withSecondEvent as withEvent,
} from './testing/json-case.ts';

const fieldAtFault = (input: unknown) => {
  const result = parsePointsCase(input);
  return result.ok ? 'accepted' : result.field;
};

describe('parsing a points case', () => {
  it('accepts a valid case and fills in the defaults', () => {
    const withoutDefaults = { ...withLicence({ complementaryTraining: undefined }), options: undefined };
    expect(parsePointsCase(withoutDefaults)).toEqual({
      ok: true,
      value: {
        ...valid,
        options: { courseYearRule: 'firstDayAnniversary', probationIncrementBasis: 'offenceDate' },
      },
    });
  });

  it('accepts an empty events array, and ignores fields the engine does not use', () => {
    expect(fieldAtFault({ ...valid, events: [] })).toBe('accepted');
    const parsed = parsePointsCase(withEvent({ ...infraction, id: 'B', natinf: '203', label: 'Stop' }));
    expect(parsed.ok && parsed.value.events[1]).toEqual({ ...infraction, id: 'B' });
  });

  it('names the first malformed field with its JSON path and says what is expected', () => {
    expect(parsePointsCase(withEvent({ ...infraction, id: 'B', points: 7 }))).toEqual({
      ok: false,
      field: 'events[1].points',
      message: 'must be an integer from 0 to 6 (9 for a DELIT)',
    });
  });

  it('refuses a case that is not an object, or lacks its licence or events', () => {
    expect(fieldAtFault([])).toBe('$');
    expect(fieldAtFault({ ...valid, licence: undefined })).toBe('licence');
    expect(fieldAtFault({ ...valid, events: undefined })).toBe('events');
    expect(fieldAtFault({ ...valid, events: {} })).toBe('events');
  });

  it('refuses a date that is not a real day', () => {
    expect(fieldAtFault({ ...valid, asOf: '2023-02-29' })).toBe('asOf');
    expect(fieldAtFault(withLicence({ obtainedOn: '2010-5-3' }))).toBe('licence.obtainedOn');
    expect(fieldAtFault(withEvent({ ...course, endedOn: '2024-11-31' }))).toBe('events[1].endedOn');
  });

  it('refuses asOf before the licence was obtained', () => {
    expect(fieldAtFault({ ...valid, asOf: '2010-05-02' })).toBe('asOf');
    expect(fieldAtFault({ ...valid, asOf: '2010-05-03', events: [] })).toBe('accepted');
  });

  it('refuses an unknown probation, a training that is not a boolean, or training without probation', () => {
    expect(fieldAtFault(withLicence({ probation: 'AAC' }))).toBe('licence.probation');
    expect(fieldAtFault(withLicence({ complementaryTraining: 'yes' }))).toBe('licence.complementaryTraining');
    expect(fieldAtFault(withLicence({ complementaryTraining: true }))).toBe('licence.complementaryTraining');
    expect(fieldAtFault(withLicence({ probation: 'traditional', complementaryTraining: true }))).toBe(
      'accepted',
    );
  });

  it('refuses a known balance without its day, or a day without its balance', () => {
    expect(fieldAtFault(withLicence({ initialBalance: 12 }))).toBe('licence.balanceKnownOn');
    expect(fieldAtFault(withLicence({ balanceKnownOn: '2020-01-01' }))).toBe('licence.initialBalance');
  });

  it('refuses a known-balance day before the licence or after asOf', () => {
    expect(fieldAtFault(withLicence({ balanceKnownOn: '2010-05-02', initialBalance: 12 }))).toBe(
      'licence.balanceKnownOn',
    );
    expect(fieldAtFault(withLicence({ balanceKnownOn: '2024-12-02', initialBalance: 12 }))).toBe(
      'licence.balanceKnownOn',
    );
    expect(fieldAtFault(withLicence({ balanceKnownOn: '2024-12-01', initialBalance: 12 }))).toBe('accepted');
  });

  it('refuses a known balance that is not an integer from 0 to the maximum on its day', () => {
    const known = (initialBalance: unknown) =>
      fieldAtFault(withLicence({ balanceKnownOn: '2020-01-01', initialBalance }));
    expect([known(0), known(12)]).toEqual(['accepted', 'accepted']);
    for (const wrong of [13, -1, 8.5, '12', null]) expect(known(wrong)).toBe('licence.initialBalance');
    const inProbation = (initialBalance: number) =>
      parsePointsCase({
        ...valid,
        events: [],
        licence: {
          obtainedOn: '2024-01-15',
          probation: 'traditional',
          balanceKnownOn: '2024-06-01',
          initialBalance,
        },
      });
    expect(inProbation(6).ok).toBe(true);
    expect(inProbation(7)).toEqual({
      ok: false,
      field: 'licence.initialBalance',
      message: 'must be an integer from 0 to 6, the maximum on licence.balanceKnownOn',
    });
  });

  it('refuses an event of unknown type, with an empty id, or with the id of another event', () => {
    expect(fieldAtFault(withEvent({ ...course, type: 'suspension' }))).toBe('events[1].type');
    expect(fieldAtFault(withEvent({ ...course, id: '' }))).toBe('events[1].id');
    expect(fieldAtFault(withEvent({ ...course, id: 7 }))).toBe('events[1].id');
    expect(fieldAtFault(withEvent({ ...course, id: 'A' }))).toBe('events[1].id');
  });

  it('refuses an event missing a field its type requires', () => {
    // A field set to undefined is absent once the case is JSON.
    expect(fieldAtFault(withEvent({ ...infraction, id: 'B', establishedOn: undefined }))).toBe(
      'events[1].establishedOn',
    );
    expect(fieldAtFault(withEvent({ ...infraction, id: 'B', class: undefined }))).toBe('events[1].class');
    expect(fieldAtFault(withEvent({ ...course, endedOn: undefined }))).toBe('events[1].endedOn');
  });

  it('refuses an offence after its establishment and a course that ends before it starts', () => {
    expect(fieldAtFault(withEvent({ ...infraction, id: 'B', offenceDate: '2024-03-21' }))).toBe(
      'events[1].offenceDate',
    );
    expect(fieldAtFault(withEvent({ ...infraction, id: 'B', offenceDate: '2024-03-20' }))).toBe('accepted');
    expect(fieldAtFault(withEvent({ ...course, startedOn: '2024-11-06' }))).toBe('events[1].startedOn');
  });

  it('refuses an unknown class and points other than 0 to 6, or 9 for a délit', () => {
    expect(fieldAtFault(withEvent({ ...infraction, id: 'B', class: 'C6' }))).toBe('events[1].class');
    for (const points of [-1, 7, 2.5, '3', 9]) {
      expect(fieldAtFault(withEvent({ ...infraction, id: 'B', points }))).toBe('events[1].points');
    }
    expect(fieldAtFault(withEvent({ ...infraction, id: 'B', points: 0 }))).toBe('accepted');
    expect(fieldAtFault(withEvent({ ...infraction, id: 'B', class: 'DELIT', points: 9 }))).toBe('accepted');
    expect(fieldAtFault(withEvent({ ...infraction, id: 'B', class: 'DELIT', points: 8 }))).toBe(
      'events[1].points',
    );
  });

  it('refuses a group that is not a non-empty string', () => {
    for (const group of ['', 5, null]) {
      expect(fieldAtFault(withEvent({ ...infraction, id: 'B', group }))).toBe('events[1].group');
    }
    expect(fieldAtFault(withEvent({ ...infraction, id: 'B', group: 'G1' }))).toBe('accepted');
  });

  it('refuses an event dated before the licence unless a known balance already holds it', () => {
    const early = { ...infraction, id: 'B', offenceDate: '2010-05-01', establishedOn: '2010-05-10' };
    expect(fieldAtFault(withEvent(early))).toBe('events[1].offenceDate');
    expect(fieldAtFault(withEvent({ ...course, startedOn: '2010-05-02' }))).toBe('events[1].startedOn');
    expect(
      fieldAtFault({
        ...withEvent(early),
        licence: { ...valid.licence, balanceKnownOn: '2015-01-01', initialBalance: 12 },
      }),
    ).toBe('accepted');
  });

  it('checks events not known yet as well', () => {
    expect(fieldAtFault(withEvent({ ...infraction, id: 'B', establishedOn: '2025-01-10', points: 12 }))).toBe(
      'events[1].points',
    );
  });

  it('refuses options that are not an object, unknown options and unknown values', () => {
    expect(fieldAtFault({ ...valid, options: 'strict' })).toBe('options');
    expect(fieldAtFault({ ...valid, options: { invalidationEffective: 'onNotification' } })).toBe(
      'options.invalidationEffective',
    );
    expect(fieldAtFault({ ...valid, options: { courseYearRule: '365days' } })).toBe('options.courseYearRule');
    expect(fieldAtFault({ ...valid, options: { probationIncrementBasis: 'establishment' } })).toBe(
      'options.probationIncrementBasis',
    );
    expect(
      parsePointsCase({ ...valid, options: { probationIncrementBasis: 'recordedWithdrawals' } }),
    ).toMatchObject({
      ok: true,
      value: {
        options: { courseYearRule: 'firstDayAnniversary', probationIncrementBasis: 'recordedWithdrawals' },
      },
    });
  });
});
