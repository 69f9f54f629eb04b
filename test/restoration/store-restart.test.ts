// The store goes away in the middle of a restoration run (dynalite stopped, then started again on the same
// data and port, as a DynamoDB outage or a throttling storm would look to the job). The run fails or limps;
// the next run finishes the work, and no licence is left half-written: every due change applied once, the
// statement the engine's answer for the licence's own history.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type { LicenceDetails } from '../../domain/licence-record/index.ts';
import type { DomainEvent } from '../../events/index.ts';
import { startDynamoDb } from '../../local/storage/index.ts';
import { startServiceHarness } from '../support/service-harness.ts';
import { aLicenceRecord, anInfraction } from '../support/registry-builders.ts';

const LICENCES = 200;
const tableName = 'permis-points-test';

describe('the store restarted in the middle of a restoration run', () => {
  it(
    'leaves no licence corrupted, and the next run restores each point exactly once',
    { timeout: 600_000 },
    async () => {
      const path = await mkdtemp(join(tmpdir(), 'pp-restart-'));
      let dynamo = await startDynamoDb({ path, tableName });
      const port = Number(new URL(dynamo.endpoint).port);
      const service = await startServiceHarness({
        today: '2024-03-20' as CalendarDate,
        endpoint: dynamo.endpoint,
      });
      const numbers = Array.from(
        { length: LICENCES },
        (_, index) => `2403760${String(index).padStart(5, '0')}`,
      );
      for (const number of numbers) {
        await service.putLicenceRecord(number, aLicenceRecord() as unknown as LicenceDetails);
        await service.recordRegistryEvent(
          number,
          anInfraction({
            offenceDate: '2024-03-10',
            establishedOn: '2024-03-20',
            class: 'C3',
            points: 1,
          }) as never,
        );
      }
      const published: DomainEvent[] = [];
      service.bus.subscribe(async (event) => void published.push(event));
      service.clock.set('2024-09-20' as CalendarDate);

      const firstRun = service.restorePoints().then(
        () => 'finished',
        () => 'failed',
      );
      while (published.length < LICENCES / 10) await new Promise((resolve) => setTimeout(resolve, 5));
      await dynamo.close();
      const restoredBeforeOutage = new Set(published.map((event) => event.id)).size;
      await new Promise((resolve) => setTimeout(resolve, 300));
      dynamo = await startDynamoDb({ path, port, tableName });
      const outcome = await firstRun;
      console.log(
        `store stopped after ${restoredBeforeOutage} of ${LICENCES} restorations; the run ${outcome}; ${new Set(published.map((event) => event.id)).size} restored by then`,
      );

      await service.restorePoints();
      await service.restorePoints();

      const idsPerLicence = new Map<string, Set<string>>();
      for (const event of published.filter((event) => event.type === 'PointsRestored')) {
        const number = (event.detail as { licenceNumber: string }).licenceNumber;
        idsPerLicence.set(number, (idsPerLicence.get(number) ?? new Set()).add(event.id));
      }
      expect([...idsPerLicence.keys()].sort()).toEqual(numbers);
      expect([...idsPerLicence.entries()].filter(([, ids]) => ids.size !== 1)).toEqual([]);
      for (const number of numbers) {
        const licence = await service.licences.get(number);
        expect(licence?.statement.balance, number).toBe(12);
        expect(
          licence?.applied.filter((change) => change.rule === 'six-month'),
          number,
        ).toHaveLength(1);
        expect(licence?.unpublished, number).toEqual([]);
      }
      await service.close();
      await dynamo.close();
    },
  );
});
