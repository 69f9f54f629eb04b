// Can a stranger tell, from how long `PUT /v1/me/licence` takes, whether a licence number exists? Times the
// "not matched" answer for an unknown number, for a recorded licence with a short history, and for one with a
// 2,000-event history, interleaved so that the machine's drift weighs on all three alike. Each attempt comes
// from a fresh FranceConnect account (whose attempts are limited per account only), with an identity that
// matches none of them. A benchmark, not a test: it prints the medians and their differences.
import { performance } from 'node:perf_hooks';
import { startApiHarness, storeFacts } from '../test/support/api-harness.ts';
import { aLicenceNumber, aLicenceRecord, aSeededFact } from '../test/support/registry-builders.ts';
import { evidence } from './evidence.ts';

const ATTEMPTS = Number(process.env.ATTEMPTS ?? 200);
const HISTORY = 2_000;
const api = await startApiHarness({ today: '2024-06-01' as never });
const registry = await api.identity.registry();

async function recorded(events: number): Promise<string> {
  const number = aLicenceNumber();
  await api.request('PUT', `/v1/registry/licences/${number}`, { token: registry, body: aLicenceRecord() });
  if (events === 0) return number;
  const facts = Array.from({ length: events }, (_, index) => aSeededFact(index));
  const { outcome } = await storeFacts(api, number, facts);
  if (outcome !== 'written') throw new Error(`could not seed ${events} events: ${outcome}`);
  return number;
}

const cases = {
  'unknown number': aLicenceNumber(),
  'recorded, 1 event': await recorded(1),
  [`recorded, ${HISTORY.toLocaleString('en')} events`]: await recorded(HISTORY),
};
const times = new Map<string, number[]>(Object.keys(cases).map((name) => [name, []]));
let accounts = 0;
const stranger = {
  given_name: 'Jean',
  family_name: 'Inconnu',
  birthdate: '1970-01-01',
  email: 'x@example.org',
};

for (let round = 0; round < ATTEMPTS; round += 1) {
  for (const [name, licenceNumber] of Object.entries(cases)) {
    const token = await api.identity.franceConnectUser(`timing-${++accounts}`, stranger);
    const started = performance.now();
    const answer = await api.request('PUT', '/v1/me/licence', {
      token,
      body: { format: 'eu-card', licenceNumber },
    });
    const elapsed = performance.now() - started;
    if (answer.status !== 422)
      throw new Error(`${name}: answered ${answer.status}, not the "not matched" 422`);
    if (round >= 10) times.get(name)?.push(elapsed); // the first rounds warm the caches up
  }
}
await api.close();

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const medians = [...times].map(([name, values]) => ({ name, median: median(values) }));
const unknown = medians[0]?.median ?? 0;
console.log(`"not matched" answers of PUT /v1/me/licence, ${ATTEMPTS - 10} timed attempts each, interleaved`);
for (const { name, median: value } of medians)
  console.log(
    `  ${name.padEnd(26)} p50 ${value.toFixed(2).padStart(6)} ms   ${(value - unknown >= 0 ? '+' : '') + (value - unknown).toFixed(2)} ms against an unknown number`,
  );
const largest = Math.max(...medians.map(({ median: value }) => Math.abs(value - unknown)));
evidence({
  name: `"not matched": largest p50 difference, unknown number against recorded ones (up to ${HISTORY.toLocaleString('en')} events)`,
  value: largest,
  unit: 'ms',
  goal: { at: 'most', value: 1 },
  note: 'same answer, same status; what a timing attacker would have to see through network jitter',
});
