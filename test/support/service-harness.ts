// The write side of the service without HTTP: dynalite, the real adapters, the
// registry use cases and the restoration job, on a settable clock. For suites
// that drive many days and licences, where HTTP would only add time.
import { makeDocumentClient } from '../../functions/adapters/dynamodb.ts';
import { makeSettableClock, type SettableClock } from '../../functions/adapters/clock.ts';
import { makeInProcessBus, type InProcessBus } from '../../functions/adapters/event-bus.ts';
import { makeJobProgressStore } from '../../functions/adapters/job-progress.ts';
import {
  makeLicenceRepository,
  type LicenceRepository,
} from '../../functions/adapters/licence-repository.ts';
import { makeUpdateLicence } from '../../functions/licence-updates/index.ts';
import { makePutLicenceRecord } from '../../functions/put-licence-record/use-case.ts';
import { makeRecordRegistryEvent } from '../../functions/record-registry-event/use-case.ts';
import { makeRestorePoints } from '../../functions/restore-points/index.ts';
import { startDynamoDb } from '../../local/storage/index.ts';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type { LicenceDetails } from '../../domain/licence-record/index.ts';
import { aLicenceRecord, anInfraction } from './registry-builders.ts';

export interface ServiceHarness {
  clock: SettableClock;
  bus: InProcessBus;
  licences: LicenceRepository;
  putLicenceRecord: ReturnType<typeof makePutLicenceRecord>;
  recordRegistryEvent: ReturnType<typeof makeRecordRegistryEvent>;
  restorePoints: ReturnType<typeof makeRestorePoints>;
  endpoint: string;
  tableName: string;
  close(): Promise<void>;
}

export async function startServiceHarness({
  today,
  endpoint,
}: {
  today: CalendarDate;
  endpoint?: string;
}): Promise<ServiceHarness> {
  const tableName = 'permis-points-test';
  const dynamo = endpoint ? undefined : await startDynamoDb({ tableName });
  const url = endpoint ?? dynamo?.endpoint ?? '';
  const client = makeDocumentClient({ endpoint: url });
  const clock = makeSettableClock();
  clock.set(today);
  const bus = makeInProcessBus((error) => {
    throw error;
  });
  const licences = makeLicenceRepository({ client, tableName });
  const updateLicence = makeUpdateLicence({ licences, bus, clock });
  return {
    clock,
    bus,
    licences,
    endpoint: url,
    tableName,
    putLicenceRecord: makePutLicenceRecord({ updateLicence, clock }),
    recordRegistryEvent: makeRecordRegistryEvent({ updateLicence, clock }),
    restorePoints: makeRestorePoints({
      licences,
      updateLicence,
      progress: makeJobProgressStore({ client, tableName }),
      clock,
    }),
    close: async () => {
      client.destroy();
      await dynamo?.close();
    },
  };
}

/**
 * Records each licence with one point lost to a class-3 infraction established on 2024-03-20: every one of them
 * is due for its six-month return on 2024-09-20, the day the restoration suites run the job.
 */
export async function recordOnePointLost(
  service: Pick<ServiceHarness, 'putLicenceRecord' | 'recordRegistryEvent'>,
  numbers: string[],
): Promise<void> {
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
}
