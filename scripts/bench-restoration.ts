// Prints what the daily restoration job costs for 100 due licences among 1,000
// and among 20,000 held: the due index must make the cost follow the licences
// due, not the licences held. Five days are due in a row, 100 licences each, and
// each size keeps the median of its five daily runs, so that one run slowed by
// the store's background compaction or another process does not decide the
// figure. A benchmark, not a test: it prints figures.
import { performance } from 'node:perf_hooks';
import { addDays, addMonths, type CalendarDate } from '../domain/calendar/index.ts';
import type { LicenceDetails, RecordedFact } from '../domain/licence-record/index.ts';
import type { StoredLicence } from '../functions/adapters/licence-repository.ts';
import { startServiceHarness } from '../test/support/service-harness.ts';
import { aLicenceRecord } from '../test/support/registry-builders.ts';
import { evaluateLicence } from '../domain/licence-record/index.ts';
import { atMost } from './evidence.ts';

const FIRST_DUE_DAY = '2025-09-20' as CalendarDate;
const DUE_DAYS = 5;
const DUE = 100;

/** A licence whose point comes back on `dueDay` (six months after a 1-point infraction), or not due that week. */
function storedLicence(licenceNumber: string, dueDay: CalendarDate | undefined): StoredLicence {
  const due = dueDay !== undefined;
  const establishedOn = dueDay ? addMonths(dueDay, -6) : ('2025-01-10' as CalendarDate);
  const facts: RecordedFact[] = [
    {
      type: 'infraction',
      eventId: 'A',
      offenceDate: establishedOn,
      establishedOn,
      class: due ? 'C3' : 'C4',
      points: due ? 1 : 3,
      bodyHash: '',
      recordedOn: establishedOn,
    },
  ];
  const record = {
    ...(aLicenceRecord() as unknown as LicenceDetails),
    licenceNumber,
    facts,
    recordedUpTo: establishedOn,
  };
  const computedOn = '2025-09-01' as CalendarDate;
  const evaluation = evaluateLicence(record, computedOn);
  const { balance, maximum, status, invalidatedOn } = evaluation.statement;
  return {
    ...record,
    version: 1,
    computedOn,
    statement: { balance, maximum, status, invalidatedOn },
    applied: evaluation.applied,
    corrections: [],
    nextChangeOn: evaluation.nextChangeOn,
    unpublished: [],
  };
}

async function measure(held: number) {
  const service = await startServiceHarness({ today: '2025-09-01' as CalendarDate });
  await service.restorePoints();
  const numbers = Array.from({ length: held }, (_, index) => `2509750${String(index).padStart(5, '0')}`);
  // DUE licences a day over the five days: every (held / (DUE × DUE_DAYS))-th licence, the days in turn.
  const dueEvery = Math.floor(held / (DUE * DUE_DAYS));
  const dueDayOf = (index: number) =>
    index % dueEvery === 0 ? addDays(FIRST_DUE_DAY, (index / dueEvery) % DUE_DAYS) : undefined;
  const dueCount = Math.ceil(held / dueEvery);
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < numbers.length) {
        const index = next++;
        await service.licences.put(storedLicence(numbers[index] ?? '', dueDayOf(index)), null);
      }
    }),
  );
  service.clock.set(addDays(FIRST_DUE_DAY, -1));
  await service.restorePoints();
  const runs: { due: number; elapsed: number }[] = [];
  for (let day = 0; day < DUE_DAYS; day += 1) {
    service.clock.set(addDays(FIRST_DUE_DAY, day));
    const started = performance.now();
    const report = await service.restorePoints();
    runs.push({ due: report.changed.length, elapsed: performance.now() - started });
  }
  await service.close();
  const restored = runs.reduce((sum, run) => sum + run.due, 0);
  if (restored !== dueCount) throw new Error(`restored ${restored} licences, ${dueCount} were due`);
  const median = [...runs].sort((a, b) => a.elapsed - b.elapsed)[Math.floor(DUE_DAYS / 2)]!;
  return { held, due: median.due, elapsed: median.elapsed, runs: runs.map((run) => run.elapsed) };
}

// A first run, not counted: the engine and the SDK are compiled hot before either size is timed.
await measure(1_000);
const small = await measure(1_000);
const large = await measure(20_000);
console.log('licences held | due that day | median job run (ms) | per due licence (ms) | the five runs (ms)');
for (const row of [small, large]) {
  console.log(
    `${String(row.held).padStart(13)} | ${String(row.due).padStart(12)} | ${row.elapsed.toFixed(0).padStart(19)} | ${(row.elapsed / row.due).toFixed(2).padStart(20)} | ${row.runs.map((ms) => ms.toFixed(0)).join(', ')}`,
  );
}
console.log(
  `ratio 20,000 / 1,000 held: ${(large.elapsed / small.elapsed).toFixed(2)} (the held count grew 20x; the due count did not)`,
);
atMost(
  'daily job, 20,000 held ÷ 1,000 held (100 due each)',
  large.elapsed / small.elapsed,
  '×',
  1.5,
  'the due index: cost follows the licences due, not those held; median of five daily runs each',
);
atMost(
  'job time per due licence (20,000 held)',
  large.elapsed / large.due,
  'ms',
  20,
  'read, engine, conditional write, event; dynalite on this machine',
);
