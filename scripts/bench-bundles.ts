// `npm run bench:bundles`: every function of the app bundled as CDK bundles it (infra's bundlingOptions, given to
// esbuild's API), its size against its budget, and its cold import time beside a bare DynamoDB handler's built
// the same way. The import is timed in a fresh Node process each run, with Lambda's NODE_OPTIONS, from before the
// import of the bundle to after it: module evaluation, not Node's own start. A benchmark, not a test.
import { build, type BuildOptions } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildOptionsOf } from '../infra/esbuild-options.ts';
import {
  API_BUNDLE_BUDGET_BYTES,
  PermisPointsFunction,
  projectRoot,
  type BundleSpec,
} from '../infra/permis-points-function.ts';
import { testApp } from '../infra/test-app.ts';
import { evidence } from './evidence.ts';

// Fifteen imports of each: a cold import's time moves by ±0.2 of the ratio over seven on a shared machine.
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** What the bundles are held to: the import of an API handler at most this many times the bare handler's. */
const IMPORT_RATIO_GOAL = 1.5;

/** The anchor: a handler that reads one item with lib-dynamodb, and nothing else. */
const BARE_HANDLER = `
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = async (event) => {
  const { Item } = await client.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: event.pk, sk: 'LICENCE' } }));
  return { statusCode: Item ? 200 : 404, body: JSON.stringify(Item ?? {}) };
};`;

/** The time to import `file` once, in a fresh Node process with Lambda's options and a test environment. */
function importOnce(file: string): { ms?: number; error?: string } {
  const result = spawnSync(
    process.execPath,
    [
      '--enable-source-maps',
      '--input-type=module',
      '-e',
      'const t = performance.now(); await import(process.argv[1]); console.log(performance.now() - t);',
      file,
    ],
    {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        AWS_REGION: 'eu-west-3',
        AWS_ACCESS_KEY_ID: 'bench',
        AWS_SECRET_ACCESS_KEY: 'bench',
        AWS_SESSION_TOKEN: 'bench',
        TABLE_NAME: 'permis-points',
        LOG_LEVEL: 'ERROR',
      },
    },
  );
  if (result.status === 0) return { ms: Number(result.stdout.trim()) };
  return {
    error:
      result.stderr
        .split('\n')
        .find((line) => /Error/.test(line))
        ?.trim() ?? 'import failed',
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * The median import times of `file` and of the bare handler, run in turns so that a busy moment of the machine
 * (it is shared) weighs on both alike.
 */
function importMs(file: string, bareFile: string): { ms?: number; bareMs?: number; error?: string } {
  const times: number[] = [];
  const bareTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const bare = importOnce(bareFile);
    const measured = importOnce(file);
    if (measured.error !== undefined) return { error: measured.error };
    times.push(measured.ms ?? 0);
    bareTimes.push(bare.ms ?? 0);
  }
  return { ms: median(times), bareMs: median(bareTimes) };
}

async function bundle(spec: BundleSpec, entry: BuildOptions): Promise<string> {
  const outfile = join(mkdtempSync(join(tmpdir(), 'bench-bundle-')), 'index.mjs');
  await build({ ...esbuildOptionsOf(spec), outfile, ...entry });
  return outfile;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number | undefined) => (value === undefined ? 'failed' : `${value.toFixed(1)} ms`);

const { app } = testApp();
const functions = app.node
  .findAll()
  .filter((construct): construct is PermisPointsFunction => construct instanceof PermisPointsFunction);
const unique = [...new Map(functions.map((fn) => [fn.entryModule, fn])).values()];

const bareFile = await bundle(
  { name: 'bare', budgetBytes: Number.POSITIVE_INFINITY },
  { stdin: { contents: BARE_HANDLER, resolveDir: projectRoot, sourcefile: 'bare.mjs', loader: 'js' } },
);
console.log(
  `${unique.length} functions, bundled with infra's options (ESM, node22, minified, linked source map, AWS SDK inside, credentials from the environment); import: median of ${RUNS} fresh processes with --enable-source-maps, in turns with the bare handler's\n`,
);
console.log(`bare lib-dynamodb handler (the anchor): ${kb(statSync(bareFile).size)}\n`);
console.log(
  `${'function'.padEnd(36)} | ${'size'.padStart(9)} | ${'budget'.padStart(11)} | ${'import'.padStart(9)} | ${'bare'.padStart(9)} | × bare (API goal ${IMPORT_RATIO_GOAL})`,
);
const over: string[] = [];
for (const fn of unique) {
  const outfile = await bundle(fn.bundleSpec, {
    entryPoints: [join(projectRoot, 'functions', fn.entryModule)],
  });
  const bytes = statSync(outfile).size;
  const budget = fn.bundleSpec.budgetBytes;
  const timed = importMs(outfile, bareFile);
  const ratio = timed.ms !== undefined && timed.bareMs ? timed.ms / timed.bareMs : undefined;
  if (bytes > budget) over.push(`${fn.entryModule} is ${kb(bytes - budget)} over its ${kb(budget)}`);
  const api = budget <= API_BUNDLE_BUDGET_BYTES * 1.4 && !fn.entryModule.startsWith('render-document');
  evidence({
    name: `${fn.entryModule} bundle`,
    value: bytes / 1024,
    unit: 'KB',
    goal: { at: 'most', value: (api ? API_BUNDLE_BUDGET_BYTES : budget) / 1024 },
    note: api ? 'the API goal' : 'its own budget',
  });
  if (api && ratio !== undefined)
    evidence({
      name: `${fn.entryModule} cold import ÷ bare handler`,
      value: ratio,
      unit: '×',
      goal: { at: 'most', value: IMPORT_RATIO_GOAL },
      note: `${ms(timed.ms)} against ${ms(timed.bareMs)}`,
    });
  console.log(
    `${fn.entryModule.padEnd(36)} | ${kb(bytes).padStart(9)} | ${`${bytes > budget ? '✗ ' : ''}${kb(budget)}`.padStart(11)} | ${ms(timed.ms).padStart(9)} | ${ms(timed.bareMs).padStart(9)} | ${ratio === undefined ? '' : ratio.toFixed(2)}${timed.error ? `  (${timed.error})` : ''}`,
  );
}
console.log(
  over.length === 0
    ? '\nevery function is within its budget'
    : `\nover budget (the synth fails on these):\n  ${over.join('\n  ')}`,
);
