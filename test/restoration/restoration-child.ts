// Child process of the kill test: runs the restoration job for one day against a
// shared dynalite, writing every published event to a file as it goes, so the
// parent can kill it halfway with SIGKILL.
import { appendFileSync } from 'node:fs';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import { startServiceHarness } from '../support/service-harness.ts';

const [endpoint, day, eventsFile] = process.argv.slice(2) as [string, CalendarDate, string];
const service = await startServiceHarness({ today: day, endpoint });
service.bus.subscribe(async (event) => {
  appendFileSync(eventsFile, `${JSON.stringify(event)}\n`);
});
await service.restorePoints();
await service.close();
