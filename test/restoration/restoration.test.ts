import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../domain/calendar/index.ts';
import type { LicenceDetails } from '../../domain/licence-record/index.ts';
import { startServiceHarness, type ServiceHarness } from '../support/service-harness.ts';
import { aLicenceNumber, aLicenceRecord, anInfraction } from '../support/registry-builders.ts';

let service: ServiceHarness;
const day = (text: string) => text as CalendarDate;

beforeEach(async () => {
  service = await startServiceHarness({ today: day('2024-03-20') });
});
afterEach(() => service.close());

/** A licence that lost one point, established on `establishedOn` (the clock is moved there first). */
async function aLicenceWithOnePointLost(offenceDate = '2024-03-10', establishedOn = '2024-03-20') {
  service.clock.set(day(establishedOn));
  const number = aLicenceNumber();
  await service.putLicenceRecord(number, aLicenceRecord() as unknown as LicenceDetails);
  await service.recordRegistryEvent(
    number,
    anInfraction({ eventId: 'A', offenceDate, establishedOn, class: 'C3', points: 1 }) as never,
  );
  return number;
}

async function runEveryDay(from: CalendarDate, to: CalendarDate) {
  for (let today = from; today <= to; today = addDays(today, 1)) {
    service.clock.set(today);
    await service.restorePoints();
  }
}

const restored = () => service.bus.published().filter((event) => event.type === 'PointsRestored');

describe('the daily restoration job', () => {
  it('gives the point back on its six-month date, not the day before, and announces it once', async () => {
    const number = await aLicenceWithOnePointLost();
    await runEveryDay(day('2024-03-21'), day('2024-09-19'));
    expect((await service.licences.get(number))?.statement.balance).toBe(11);
    expect(restored()).toHaveLength(0);
    await runEveryDay(day('2024-09-20'), day('2024-09-20'));
    const licence = await service.licences.get(number);
    expect(licence?.statement.balance).toBe(12);
    expect(licence?.nextChangeOn).toBeNull();
    expect(restored().map((event) => event.detail)).toEqual([
      {
        licenceNumber: number,
        balance: 12,
        changes: [{ date: '2024-09-20', rule: 'six-month', points: 1, balanceAfter: 12 }],
      },
    ]);
    // 184 daily runs: about 13 s alone on 2 cores, more beside the browser suite.
  }, 60_000);

  it('changes nothing when run a second time the same day', async () => {
    const number = await aLicenceWithOnePointLost();
    service.clock.set(day('2024-09-20'));
    const first = await service.restorePoints();
    const version = (await service.licences.get(number))?.version;
    const second = await service.restorePoints();
    expect(first.changed.map((change) => change.licenceNumber)).toEqual([number]);
    expect(second).toEqual({ days: [], changed: [], full: [] });
    expect((await service.licences.get(number))?.version).toBe(version);
    expect(restored()).toHaveLength(1);
  });

  it('catches up 40 missed days in one run, each licence on its own date', async () => {
    const first = await aLicenceWithOnePointLost();
    const second = await aLicenceWithOnePointLost('2024-04-01', '2024-04-10');
    service.clock.set(day('2024-09-01'));
    await service.restorePoints();
    service.clock.set(addDays(day('2024-09-01'), 40));
    const report = await service.restorePoints();
    expect(report.days).toHaveLength(40);
    expect(report.changed.map(({ licenceNumber, day: on }) => [licenceNumber, on])).toEqual([
      [first, '2024-09-20'],
      [second, '2024-10-10'],
    ]);
    expect((await service.licences.get(first))?.statement.balance).toBe(12);
    expect((await service.licences.get(second))?.statement.balance).toBe(12);
  });

  it('never recomputes a licence backwards when a registry write was made later than the missed day', async () => {
    const number = await aLicenceWithOnePointLost();
    service.clock.set(day('2024-09-01'));
    await service.restorePoints();
    service.clock.set(day('2024-09-25'));
    await service.recordRegistryEvent(
      number,
      anInfraction({
        offenceDate: '2024-09-21',
        establishedOn: '2024-09-24',
        class: 'C3',
        points: 0,
      }) as never,
    );
    const report = await service.restorePoints();
    expect(report.changed).toEqual([]);
    expect((await service.licences.get(number))?.corrections).toEqual([]);
    expect(restored()).toHaveLength(1);
  });
});

describe('late facts', () => {
  it('records a correction and announces it when an infraction committed inside a window is established after the restoration', async () => {
    const number = await aLicenceWithOnePointLost();
    await runEveryDay(day('2024-09-19'), day('2024-09-21'));
    expect((await service.licences.get(number))?.statement.balance).toBe(12);
    service.clock.set(day('2024-10-15'));
    await service.recordRegistryEvent(
      number,
      anInfraction({
        eventId: 'LATE',
        offenceDate: '2024-06-01',
        establishedOn: '2024-10-10',
        class: 'C4',
        points: 2,
      }) as never,
    );
    const licence = await service.licences.get(number);
    expect(licence?.statement.balance).toBe(9);
    expect(licence?.corrections).toEqual([
      { detectedOn: '2024-10-15', date: '2024-09-20', rule: 'six-month', points: 1, reason: 'voided' },
    ]);
    const corrections = service.bus.published().filter((event) => event.type === 'RestorationCorrected');
    expect(corrections.map((event) => event.detail)).toEqual([
      {
        licenceNumber: number,
        balance: 9,
        corrections: [{ date: '2024-09-20', rule: 'six-month', points: 1, reason: 'voided' }],
      },
    ]);
  });
});
