// The differential test of the restoration job (issue "Scheduled restoration"):
// synthetic licences with random histories drawn from the catalogue, the clock
// moved day by day over years, registry events arriving on their dates and the
// job run every day. On every day the stored statement of every licence must
// equal the engine's answer from its facts. Sizes: DIFFERENTIAL_LICENCES
// (default 2000) and DIFFERENTIAL_YEARS (default 10).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogueEntries, infractionAt } from '../../domain/catalogue/index.ts';
import {
  addDays,
  addYears,
  fromEpochDay,
  toEpochDay,
  type CalendarDate,
} from '../../domain/calendar/index.ts';
import { toPointsCase, type LicenceDetails, type RegistryEvent } from '../../domain/licence-record/index.ts';
import { computeStatement, computeTimeline, type TimelineChange } from '../../domain/points/index.ts';
import type { StoredLicence } from '../../functions/adapters/licence-repository.ts';
import { startServiceHarness } from '../support/service-harness.ts';
import { aLicenceRecord } from '../support/registry-builders.ts';

const LICENCES = Number(process.env.DIFFERENTIAL_LICENCES ?? 2000);
const YEARS = Number(process.env.DIFFERENTIAL_YEARS ?? 10);
const START = '2016-01-01' as CalendarDate;
const END = addYears(START, YEARS);
const span = toEpochDay(END) - toEpochDay(START);

type Arrival = RegistryEvent & { eventId: string; arrivesOn: CalendarDate };
interface SyntheticLicence {
  number: string;
  details: LicenceDetails;
  arrivals: Arrival[];
}

const codes = catalogueEntries().map((entry) => entry.code);

const history = fc.record({
  kind: fc.constantFrom('old', 'old', 'old', 'known', 'traditional', 'accompanied'),
  obtainedOffset: fc.integer({ min: -3000, max: -1 }),
  known: fc.integer({ min: 3, max: 12 }),
  infractions: fc.array(
    fc.record({
      code: fc.constantFrom(...codes),
      offence: fc.integer({ min: 0, max: span }),
      delay: fc.integer({ min: 0, max: 200 }),
      grouped: fc.boolean(),
    }),
    { maxLength: 7 },
  ),
  courses: fc.array(fc.integer({ min: 0, max: span }), { maxLength: 2 }),
});

type Drawn = {
  kind: string;
  obtainedOffset: number;
  known: number;
  infractions: { code: string; offence: number; delay: number; grouped: boolean }[];
  courses: number[];
};

function synthesise(index: number, h: Drawn): SyntheticLicence {
  const start = toEpochDay(START);
  const probation = h.kind === 'traditional' || h.kind === 'accompanied' ? h.kind : 'none';
  const obtainedOn =
    probation === 'none'
      ? fromEpochDay(start + h.obtainedOffset - 4000)
      : fromEpochDay(start + Math.floor(h.obtainedOffset / 3));
  const known = h.kind === 'known' ? { balanceKnownOn: START, initialBalance: h.known } : {};
  const arrivals: Arrival[] = [];
  let groupIndex = 0;
  h.infractions.forEach((infraction, n) => {
    const offenceDate = fromEpochDay(start + infraction.offence);
    if (offenceDate < obtainedOn) return;
    const definition = infractionAt(infraction.code, offenceDate);
    if (!definition) return;
    const establishedOn = addDays(offenceDate, infraction.delay);
    const group = infraction.grouped && n > 0 ? { group: `G${groupIndex}` } : ((groupIndex += 1), {});
    arrivals.push({
      type: 'infraction',
      eventId: `I${n}`,
      offenceDate,
      establishedOn,
      class: definition.class,
      points: definition.points,
      ...group,
      arrivesOn: establishedOn,
    });
  });
  h.courses.forEach((offset, n) => {
    const startedOn = fromEpochDay(start + offset);
    if (startedOn < obtainedOn) return;
    arrivals.push({
      type: 'course',
      eventId: `S${n}`,
      startedOn,
      endedOn: addDays(startedOn, 1),
      arrivesOn: addDays(startedOn, 1),
    });
  });
  const number = `1601750${String(index).padStart(5, '0')}`;
  return {
    number,
    details: {
      ...(aLicenceRecord() as unknown as LicenceDetails),
      obtainedOn,
      probation,
      complementaryTraining: false,
      categories: [],
      ...known,
    },
    arrivals,
  };
}

/** The engine's balance, maximum and status on `day` from the facts known, read off its timeline. */
function expectedOn(
  licence: SyntheticLicence,
  timeline: TimelineChange[],
  initial: { balance: number; maximum: number },
  day: CalendarDate,
) {
  let low = 0;
  let high = timeline.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((timeline[middle]?.date ?? '') <= day) low = middle + 1;
    else high = middle;
  }
  const last = timeline[low - 1];
  const invalidated = timeline.find((change) => change.kind === 'invalidation' && change.date <= day);
  return {
    balance: last ? last.balanceAfter : initial.balance,
    maximum: last ? last.maximumAfter : initial.maximum,
    status: invalidated ? 'invalidated' : 'valid',
    number: licence.number,
  };
}

describe('the restoration job against the engine, day by day', () => {
  it(
    `keeps the stored statement of ${LICENCES} licences equal to the engine's answer every day for ${YEARS} years`,
    { timeout: 30 * 60_000 },
    async () => {
      const drawn = fc.sample(history, { numRuns: LICENCES, seed: 20261127 });
      const licences = drawn.map((h, index) => synthesise(index, h));
      const service = await startServiceHarness({ today: START });
      const stored = new Map<string, StoredLicence>();
      const put = service.licences.put.bind(service.licences);
      service.licences.put = async (licence, expected) => {
        const outcome = await put(licence, expected);
        if (outcome === 'written') stored.set(licence.licenceNumber, licence);
        return outcome;
      };

      const arrivalsByDay = new Map<CalendarDate, { licence: SyntheticLicence; event: Arrival }[]>();
      for (const licence of licences) {
        await service.putLicenceRecord(licence.number, licence.details);
        for (const event of licence.arrivals) {
          const day = event.arrivesOn < START ? START : event.arrivesOn;
          arrivalsByDay.set(day, [...(arrivalsByDay.get(day) ?? []), { licence, event }]);
        }
      }
      const known = new Map(licences.map((licence) => [licence.number, [] as Arrival[]]));
      const oracle = new Map<
        string,
        { timeline: TimelineChange[]; initial: { balance: number; maximum: number } }
      >();
      const refreshOracle = (licence: SyntheticLicence) => {
        const facts = (known.get(licence.number) ?? []).map(({ arrivesOn: _arrival, ...event }) => ({
          ...event,
          bodyHash: '',
          recordedOn: START,
        }));
        const pointsCase = toPointsCase({ ...licence.details, facts }, addYears(END, 11));
        const atStart = computeStatement({
          ...pointsCase,
          asOf: licence.details.obtainedOn > START ? licence.details.obtainedOn : START,
          events: [],
        });
        oracle.set(licence.number, {
          timeline: computeTimeline(pointsCase),
          initial: { balance: atStart.balance, maximum: atStart.maximum },
        });
      };
      licences.forEach(refreshOracle);

      let differences = 0;
      let compared = 0;
      let restorations = 0;
      for (let day = START; day < END; day = addDays(day, 1)) {
        service.clock.set(day);
        for (const { licence, event } of arrivalsByDay.get(day) ?? []) {
          const { arrivesOn: _arrival, ...body } = event;
          await service.recordRegistryEvent(licence.number, body);
          known.get(licence.number)?.push(event);
          refreshOracle(licence);
        }
        restorations += (await service.restorePoints()).changed.length;
        for (const licence of licences) {
          if (licence.details.obtainedOn > day) continue;
          const row = stored.get(licence.number);
          const model = oracle.get(licence.number);
          if (!row || !model) throw new Error(`licence ${licence.number} was never stored`);
          const expected = expectedOn(licence, model.timeline, model.initial, day);
          compared += 1;
          if (
            row.statement.balance !== expected.balance ||
            row.statement.maximum !== expected.maximum ||
            row.statement.status !== expected.status
          ) {
            differences += 1;
            if (differences <= 5) console.error('difference', day, licence.number, row.statement, expected);
          }
        }
        if (day.endsWith('-01-01')) {
          // Once a year, the oracle itself is checked against a fresh statement of the engine.
          for (const licence of licences.slice(0, 200)) {
            if (licence.details.obtainedOn > day) continue;
            const facts = (known.get(licence.number) ?? []).map(({ arrivesOn: _arrival, ...event }) => ({
              ...event,
              bodyHash: '',
              recordedOn: START,
            }));
            const fresh = computeStatement(toPointsCase({ ...licence.details, facts }, day));
            const model = oracle.get(licence.number);
            if (model)
              expect(expectedOn(licence, model.timeline, model.initial, day).balance).toBe(fresh.balance);
          }
        }
      }
      await service.close();
      console.log(
        `differential: ${licences.length} licences, ${compared} licence-days compared, ${restorations} licence recomputations by the job, ${differences} differences`,
      );
      expect(restorations).toBeGreaterThan(licences.length / 4);
      expect(differences).toBe(0);
    },
  );
});
