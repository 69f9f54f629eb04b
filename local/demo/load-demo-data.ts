// Loads the demo data once: licences through the registry use cases, e-mail
// accounts through the pool's real sign-up flow. A marker file remembers it.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type { makePutLicenceRecord } from '../../functions/put-licence-record/use-case.ts';
import type { makeRecordRegistryEvent } from '../../functions/record-registry-event/use-case.ts';
import { latestCode, signUp } from '../identity/index.ts';
import type { Outbox } from '../outbox/index.ts';
import { demoAccounts, demoLicences } from './demo-data.ts';

export async function loadDemoDataOnce({
  dataDir,
  today,
  poolUrl,
  redirectUri,
  outbox,
  putLicenceRecord,
  recordRegistryEvent,
}: {
  dataDir: string;
  today: CalendarDate;
  poolUrl: string;
  redirectUri: string;
  outbox: Outbox;
  putLicenceRecord: ReturnType<typeof makePutLicenceRecord>;
  recordRegistryEvent: ReturnType<typeof makeRecordRegistryEvent>;
}): Promise<boolean> {
  const marker = join(dataDir, 'demo-loaded.json');
  if (existsSync(marker)) return false;
  for (const licence of demoLicences(today)) {
    await putLicenceRecord(licence.licenceNumber, licence.details);
    for (const event of licence.events) await recordRegistryEvent(licence.licenceNumber, event);
  }
  for (const account of demoAccounts) {
    await signUp({
      poolUrl,
      redirectUri,
      email: account.email,
      password: account.password,
      readCode: async (email) => latestCode(await outbox.list(), email, 'sign-up-code'),
    });
  }
  await writeFile(marker, JSON.stringify({ loadedOn: today }));
  return true;
}
