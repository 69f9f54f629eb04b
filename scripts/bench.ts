// `npm run bench`: runs every benchmark, one after the other, each in its own Node process (so that one's
// warm caches and garbage do not weigh on the next), shows their output, and writes docs/evidence.md: each
// figure with its goal, the ratio and whether it is met, the commit and the machine it ran on. A benchmark
// run, not a test: figures vary with the machine and what else it is doing, which is why the machine and its
// load are written beside them.
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { EVIDENCE_PREFIX, withinGoal, type Figure } from './evidence.ts';

const BENCHMARKS = (process.env.BENCHMARKS ?? 'engine,api,registry,restoration,documents,link-timing,bundles')
  .split(',')
  .filter(Boolean);
const root = fileURLToPath(new URL('..', import.meta.url));

function run(name: string): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    const figures: Figure[] = [];
    const child = spawn(process.execPath, [`scripts/bench-${name}.ts`], {
      // The figures, not the request logs and metrics of the code under measure.
      env: { ...process.env, LOG_LEVEL: 'ERROR', POWERTOOLS_METRICS_DISABLED: 'true' },
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith(EVIDENCE_PREFIX))
          figures.push(JSON.parse(line.slice(EVIDENCE_PREFIX.length)) as Figure);
        else console.log(line);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(figures) : reject(new Error(`bench-${name} exited with ${code}`)),
    );
  });
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const commit = git('rev-parse', '--short', 'HEAD');
// The document this run rewrites does not count: its last run left it changed.
const dirty = git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!docs/evidence.md') !== '';
const startedAt = new Date();
const loadBefore = loadavg()[0] ?? 0;

const results: { benchmark: string; figures: Figure[] }[] = [];
for (const name of BENCHMARKS) {
  console.log(`\n== bench:${name} ==`);
  results.push({ benchmark: name, figures: await run(name) });
}

const format = (value: number) =>
  Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
const rows = results.flatMap(({ benchmark, figures }) =>
  figures.map((figure) => {
    const goal = figure.goal
      ? `${figure.goal.at === 'most' ? '≤' : '≥'} ${format(figure.goal.value)} ${figure.unit}`
      : '—';
    const ratio =
      figure.goal && figure.goal.value !== 0 ? (figure.value / figure.goal.value).toFixed(2) : '—';
    const met = figure.goal ? (withinGoal(figure) ? 'yes' : '**no**') : '—';
    return `| ${benchmark} | ${figure.name} | ${format(figure.value)} ${figure.unit} | ${goal} | ${ratio} | ${met} | ${figure.note ?? ''} |`;
  }),
);
const all = results.flatMap(({ figures }) => figures);
const missed = all.filter((figure) => !withinGoal(figure));
const cpu = cpus();
const document = `# Evidence: the figures of a benchmark run

Written by \`npm run bench\` (scripts/bench.ts) from the figures each benchmark printed; do not edit by hand,
run it again. The ratio is the figure divided by its goal (≤ 1 is good for a "at most" goal, ≥ 1 for an
"at least" one). What the suites prove (security matrix, hostile input, reliability) is in
[docs/evidence-suites.md](evidence-suites.md); national-scale costs derived from these figures are in
[docs/scale.md](scale.md).

- Commit: \`${commit}\`${dirty ? ' (with uncommitted changes)' : ''}
- Run: ${startedAt.toISOString()}, ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0)} s
- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}
- Load average when it started: ${loadBefore.toFixed(2)} (anything well above 0 means other work shared the machine)
- Goals met: ${all.filter((figure) => figure.goal).length - missed.length} of ${all.filter((figure) => figure.goal).length}${missed.length ? ` (missed: ${missed.map((figure) => figure.name).join('; ')})` : ''}

| benchmark | figure | value | goal | ratio | met | note |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
const target = fileURLToPath(new URL('../docs/evidence.md', import.meta.url));
// Written as the repository's formatter would write it, so that the lint stays green after a run.
writeFileSync(
  target,
  await prettier.format(document, { ...(await prettier.resolveConfig(target)), filepath: target }),
);
console.log(`\nwrote docs/evidence.md: ${all.length} figures, ${missed.length} missing their goal`);
