// Drives the API over HTTP with autocannon on this machine: requests per second
// and p50/p99 latency for GET /v1/me/statement and GET /v1/health, then a bare
// GetItem of the same licence on the same store, and what the route adds on top.
// A benchmark, not a test: it prints figures.
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { makeDocumentClient } from '../functions/adapters/dynamodb.ts';
import { startApiHarness } from '../test/support/api-harness.ts';
import { aLicenceRecord, anInfraction } from '../test/support/registry-builders.ts';
import type { CalendarDate } from '../domain/calendar/index.ts';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 1);

const api = await startApiHarness({ today: '2025-06-01' as CalendarDate });
const registry = await api.identity.registry();
const licenceNumber = '130675100123';
await api.request('PUT', `/v1/registry/licences/${licenceNumber}`, {
  token: registry,
  body: aLicenceRecord(),
});
for (let index = 0; index < 5; index += 1) {
  await api.request('POST', `/v1/registry/licences/${licenceNumber}/events`, {
    token: registry,
    body: anInfraction({ offenceDate: `202${index}-03-10`, establishedOn: `202${index}-03-20`, points: 1 }),
  });
}
const token = await api.identity.motorist('bench');
const { familyName, givenNames, birthDate } = aLicenceRecord().holder;
await api.request('PUT', '/v1/me/licence', {
  token,
  body: { format: 'eu-card', licenceNumber, holder: { familyName, givenNames, birthDate } },
});

async function route(path: string, headers: Record<string, string> = {}) {
  const result = await autocannon({
    url: api.baseUrl + path,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
    headers,
  });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${path}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return {
    name: `GET ${path}`,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/** Reads run bare: each step after the previous one, the keys of a step together (as the route does). */
async function reads(name: string, steps: { pk: string; sk: string }[][]) {
  const client = makeDocumentClient({ endpoint: api.dynamoDbEndpoint });
  const latencies: number[] = [];
  const deadline = performance.now() + DURATION_SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        for (const keys of steps) {
          await Promise.all(
            keys.map((Key) =>
              client.send(new GetCommand({ TableName: 'permis-points-test', Key, ConsistentRead: true })),
            ),
          );
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))] ?? 0;
  return { name, rps: latencies.length / DURATION_SECONDS, p50: at(0.5), p99: at(0.99) };
}

const statement = await route('/v1/me/statement', { authorization: `Bearer ${token}` });
const health = await route('/v1/health');
const licenceKey = { pk: `LICENCE#${licenceNumber}`, sk: 'LICENCE' };
const getItem = await reads('bare GetItem of the licence', [[licenceKey]]);
const threeReads = await reads("the route's reads, bare", [
  [{ pk: 'ACCOUNT#bench', sk: 'ACCOUNT' }],
  [{ pk: licenceKey.pk, sk: 'LINK' }, licenceKey],
]);
console.log(
  `${CONNECTIONS} connection(s), ${DURATION_SECONDS} s each, loopback; the API, dynalite and the load generator share this process, so with more connections latency is mostly queueing (BENCH_CONNECTIONS changes it)\n`,
);
console.log('what                                     |   req/s |  p50 ms |  p99 ms');
for (const row of [statement, health, getItem, threeReads]) {
  console.log(
    `${row.name.padEnd(40)} | ${row.rps.toFixed(0).padStart(7)} | ${row.p50.toFixed(2).padStart(7)} | ${row.p99.toFixed(2).padStart(7)}`,
  );
}
console.log(
  `\nthe route adds on top of one GetItem: p50 ${(statement.p50 - getItem.p50).toFixed(2)} ms, p99 ${(statement.p99 - getItem.p99).toFixed(2)} ms`,
);
console.log(
  `the route adds on top of its own reads (account, then link and licence together): p50 ${(statement.p50 - threeReads.p50).toFixed(2)} ms, p99 ${(statement.p99 - threeReads.p99).toFixed(2)} ms (goal: under 1 ms and 3 ms)`,
);
await api.close();
process.exit(0);
