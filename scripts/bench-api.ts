// Drives the API over HTTP on this machine: requests per second
// and p50/p99 latency for GET /v1/me/statement and GET /v1/health, then a bare
// GetItem of the same licence on the same store, and what the route adds on top.
// The API and its store run in a child process, the load generator and the bare
// reads in this one, so that neither steals the other's event loop.
// The HTTP load is autocannon's (keep-alive sockets, its own lean HTTP parser, each response timed by
// process.hrtime): a fetch loop adds its own client cost to every request, 0.1 to 0.2 ms p50 and more at p99
// (its allocations collected while the answer waits), which is not the route's.
// A benchmark, not a test: it prints figures.
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { makeDocumentClient } from '../functions/adapters/dynamodb.ts';
import { listen } from '../local/server/index.ts';
import { startApiHarness } from '../test/support/api-harness.ts';
import { aLicenceRecord, anInfraction } from '../test/support/registry-builders.ts';
import type { CalendarDate } from '../domain/calendar/index.ts';
import { atMost, evidence } from './evidence.ts';

const DURATION_SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 1);
const ROUNDS = 10;

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
}
const licenceNumber = '130675100123';

interface Served {
  baseUrl: string;
  /** The route's three reads and nothing else, behind a plain HTTP server in the API's process. */
  bareRouteUrl: string;
  dynamoDbEndpoint: string;
  token: string;
}

/** The statement route's own reads (the account, then the link and the licence together), nothing more. */
const routeReads = (client: DynamoDBDocumentClient) => async () => {
  const get = (Key: { pk: string; sk: string }) =>
    client.send(new GetCommand({ TableName: 'permis-points-test', Key, ConsistentRead: true }));
  await get({ pk: 'ACCOUNT#bench', sk: 'ACCOUNT' });
  await Promise.all([
    get({ pk: `LICENCE#${licenceNumber}`, sk: 'LINK' }),
    get({ pk: `LICENCE#${licenceNumber}`, sk: 'LICENCE' }),
  ]);
};

/** The child: the API with one licence of five infractions linked to a motorist, until the parent disconnects. */
async function serve(): Promise<void> {
  const api = await startApiHarness({ today: '2025-06-01' as CalendarDate });
  const registry = await api.identity.registry();
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
  // The same reads behind the same kind of HTTP hop, in the same process, through one shared client as the
  // route's: what the statement adds over it is its layers alone (no hop, no second process to wake).
  const reads = routeReads(makeDocumentClient({ endpoint: api.dynamoDbEndpoint }));
  const bareRoute = createServer((request, response) => {
    request.resume();
    void reads().then(() => response.end('{}'));
  });
  const port = await listen(bareRoute, 0);
  const served: Served = {
    baseUrl: api.baseUrl,
    bareRouteUrl: `http://127.0.0.1:${port}`,
    dynamoDbEndpoint: api.dynamoDbEndpoint,
    token,
  };
  process.send?.(served);
  process.once('disconnect', () => {
    bareRoute.close();
    void api.close().then(() => process.exit(0));
  });
}

if (process.argv.includes('--serve')) {
  await serve();
} else {
  await measure();
}

async function measure(): Promise<void> {
  // The API logs as deployed (a line per request, at INFO), into a pipe nobody renders, as Lambda's stdout is.
  // `npm run bench` quiets the code it measures; this one is measured as deployed, its logs and metrics on.
  const child = fork(import.meta.filename, ['--serve'], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, LOG_LEVEL: 'INFO', POWERTOOLS_METRICS_DISABLED: 'false' },
  });
  child.stdout?.resume();
  const [served] = (await once(child, 'message')) as [Served];
  const client = makeDocumentClient({ endpoint: served.dynamoDbEndpoint });

  /** Keeps `path` busy for `seconds` with autocannon, each response's time pushed to `latencies`. */
  const http =
    (path: string, headers: Record<string, string> = {}, baseUrl = served.baseUrl) =>
    (seconds: number, latencies: number[]) =>
      new Promise<void>((resolve, reject) => {
        const unexpected = new Set<number>();
        const instance = autocannon(
          { url: baseUrl + path, headers, connections: CONNECTIONS, duration: seconds },
          (error: unknown, result: autocannon.Result) => {
            if (error) reject(error instanceof Error ? error : new Error(`${path}: autocannon failed`));
            else if (unexpected.size > 0) reject(new Error(`${path} answered ${[...unexpected].join(', ')}`));
            else if (result.errors + result.timeouts > 0)
              reject(new Error(`${path}: ${result.errors} errors`));
            else resolve();
          },
        );
        instance.on('response', (_client, statusCode, _bytes, responseTime) => {
          if (statusCode === 200) latencies.push(responseTime);
          else unexpected.add(statusCode);
        });
      });
  /** Calls `once` in a loop for `seconds` from CONNECTIONS callers, each call's time pushed to `latencies`. */
  const loop =
    (once: () => Promise<unknown>) =>
    async (seconds: number, latencies: number[]): Promise<void> => {
      const deadline = performance.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (performance.now() < deadline) {
            const started = performance.now();
            await once();
            latencies.push(performance.now() - started);
          }
        }),
      );
    };
  const licenceKey = { pk: `LICENCE#${licenceNumber}`, sk: 'LICENCE' };
  const probes = [
    {
      name: 'GET /v1/me/statement',
      run: http('/v1/me/statement', { authorization: `Bearer ${served.token}` }),
    },
    { name: 'GET /v1/health', run: http('/v1/health') },
    {
      name: 'bare GetItem of the licence',
      run: loop(() =>
        client.send(
          new GetCommand({ TableName: 'permis-points-test', Key: licenceKey, ConsistentRead: true }),
        ),
      ),
    },
    { name: "the route's reads, bare", run: loop(routeReads(client)) },
    { name: "the route's reads behind a bare route", run: http('/', {}, served.bareRouteUrl) },
  ].map((probe) => ({ ...probe, latencies: [] as number[] }));

  for (const probe of probes) await probe.run(0.2, []); // warm: connections open, code compiled
  // Interleaved slices, so that a busy moment of the machine falls on every probe alike.
  const sliceSeconds = DURATION_SECONDS / ROUNDS;
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const probe of probes) await probe.run(sliceSeconds, probe.latencies);
  }
  child.disconnect();
  await once(child, 'exit');

  const rows = probes.map(({ name, latencies }) => {
    latencies.sort((a, b) => a - b);
    const at = (quantile: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))] ?? 0;
    return { name, rps: latencies.length / DURATION_SECONDS, p50: at(0.5), p99: at(0.99) };
  });
  const [statement, , getItem, threeReads, bareRoute] = rows as [Row, Row, Row, Row, Row];
  console.log(
    `${CONNECTIONS} connection(s), ${DURATION_SECONDS} s each in ${ROUNDS} interleaved slices, loopback; the API and dynalite in one process, the load generator (autocannon) and the bare reads in another (BENCH_CONNECTIONS, BENCH_SECONDS change them)\n`,
  );
  console.log('what                                     |   req/s |  p50 ms |  p99 ms');
  for (const row of rows) {
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
  console.log(
    `the route adds on top of a bare route doing its reads in its process (its layers alone): p50 ${(statement.p50 - bareRoute.p50).toFixed(2)} ms, p99 ${(statement.p99 - bareRoute.p99).toFixed(2)} ms`,
  );
  evidence({
    name: 'statement route on top of a bare route doing its reads, p50',
    value: statement.p50 - bareRoute.p50,
    unit: 'ms',
    note: 'the layers alone: same HTTP hop, same process and client, no goal of its own',
  });
  const note = 'GET /v1/me/statement minus its own three reads, loopback, load generator in another process';
  atMost('statement route on top of its own reads, p50', statement.p50 - threeReads.p50, 'ms', 1, note);
  atMost('statement route on top of its own reads, p99', statement.p99 - threeReads.p99, 'ms', 3, note);
  evidence({
    name: 'GET /v1/me/statement, p50',
    value: statement.p50,
    unit: 'ms',
    note: 'end to end, dynalite',
  });
}
