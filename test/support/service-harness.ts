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
