// Prints what one registry write costs as a licence's history grows: the time of POST …/events and the size of
// the licence's item (KB, and so the write capacity units it takes: 1 WCU per KB), at 10, 100, 1,000 and 2,000
// events, with minimal events and with full 200-character labels and places. A benchmark, not a test.
import { performance } from 'node:perf_hooks';
import type { RecordedFact } from '../domain/licence-record/index.ts';
import { startApiHarness } from '../test/support/api-harness.ts';
import { aLicenceNumber, aLicenceRecord, anInfraction } from '../test/support/registry-builders.ts';

const SIZES = [10, 100, 1000, 2000];
const TIMED_WRITES = 5;
const api = await startApiHarness({ today: '2024-06-01' as never });
const registry = await api.identity.registry();

const fact = (index: number, full: boolean): RecordedFact => ({
  type: 'infraction',
  eventId: `seed-${index}`,
  offenceDate: '2023-01-01' as never,
  establishedOn: '2023-01-02' as never,
  class: 'C1',
  points: 0,
  ...(full ? { label: 'é'.repeat(200), place: 'x'.repeat(200) } : {}),
  bodyHash: 'h'.repeat(43),
  recordedOn: '2024-06-01' as never,
});

async function measure(size: number, full: boolean): Promise<string> {
  const number = aLicenceNumber();
  await api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body: aLicenceRecord() });
  const stored = await api.api.deps.licences.get(number);
  if (!stored) throw new Error('no licence');
  const seeded = Array.from({ length: size - TIMED_WRITES }, (_, index) => fact(index, full));
  const outcome = await api.api.deps.licences.put(
    { ...stored, version: stored.version + 1, facts: seeded },
    stored.version,
  );
  if (outcome !== 'written')
    return `${String(size).padStart(5)} events  ${full ? 'full ' : 'small'}  does not fit in one item (400 KB)`;
  const times: number[] = [];
  let refused = 0;
  for (let write = 0; write < TIMED_WRITES; write += 1) {
    const body = anInfraction(
      full ? { points: 0, label: 'é'.repeat(200), place: 'x'.repeat(200) } : { points: 0 },
    );
    const started = performance.now();
    const answer = await api.request('POST', `/v1/registry/licences/${number}/events`, {
      token: registry,
      body,
    });
    times.push(performance.now() - started);
    if (answer.status === 422) refused += 1;
  }
  const item = await api.api.deps.licences.get(number);
  const kb = Buffer.byteLength(JSON.stringify(item)) / 1024;
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
  return `${String(size).padStart(5)} events  ${full ? 'full ' : 'small'}  write p50 ${median.toFixed(1).padStart(7)} ms  item ${kb.toFixed(0).padStart(4)} KB (${Math.ceil(kb)} WCU)${refused ? `  ${refused} refused: history full` : ''}`;
}

console.log('registry writes by history size (POST …/events, dynalite on this machine)');
for (const full of [false, true]) for (const size of SIZES) console.log(await measure(size, full));
await api.close();
