import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  jsonCase as valid,
  jsonCourse as course,
  jsonInfraction as infraction,
  withLicence,
  withSecondEvent,
} from '../domain/points/testing/json-case.ts';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const examplesFolder = fileURLToPath(new URL('../test/fixtures/rules-examples', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/statement.ts` as `npm run -s statement` does, with `input` on stdin. */
function runStatement(input: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/statement.ts'], { cwd: repositoryRoot });
    const output = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, ...output }));
    child.stdin.end(input);
  });
}

interface UpcomingEntry {
  date: string;
  rule: string;
  balanceAfter: number;
}

interface Example {
  title: string;
  case: unknown;
  expect: Record<string, unknown> & { upcoming?: UpcomingEntry[] };
}

const examples = readdirSync(examplesFolder)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({
    file,
    example: JSON.parse(readFileSync(join(examplesFolder, file), 'utf8')) as Example,
  }));

describe('the statement command on the public rules examples', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(26);
  });

  it.concurrent.each(examples)('$file', async ({ example }) => {
    const run = await runStatement(JSON.stringify(example.case));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.endsWith('}\n')).toBe(true);
    const statement = JSON.parse(run.stdout) as Record<string, unknown> & { upcoming: UpcomingEntry[] };
    const { upcoming: expectedUpcoming = [], ...expectedFields } = example.expect;
    for (const [field, value] of Object.entries(expectedFields))
      expect(statement[field], field).toEqual(value);
    // `upcoming` is a prefix, compared on date, rule and balanceAfter (RULES.md §14).
    const comparable = ({ date, rule, balanceAfter }: UpcomingEntry) => ({ date, rule, balanceAfter });
    expect(statement.upcoming.slice(0, expectedUpcoming.length).map(comparable)).toEqual(
      expectedUpcoming.map(comparable),
    );
  });
});

// One case per bullet of RULES.md §13 "Malformed cases" and of C17 "Validation", with the field it must name.
const malformedCases: [string, unknown, string][] = [
  ['a date that is not a real day', { ...valid, asOf: '2024-02-30' }, 'asOf'],
  ['asOf before the licence was obtained', { ...valid, asOf: '2010-05-02' }, 'asOf'],
  ['an unknown probation', withLicence({ probation: 'probatoire' }), 'licence.probation'],
  [
    'a training that is not a boolean',
    withLicence({ complementaryTraining: 1 }),
    'licence.complementaryTraining',
  ],
  ['a known balance without its day', withLicence({ initialBalance: 12 }), 'licence.balanceKnownOn'],
  [
    'a known-balance day after asOf',
    withLicence({ balanceKnownOn: '2025-01-01', initialBalance: 12 }),
    'licence.balanceKnownOn',
  ],
  [
    'a known balance above the maximum on its day',
    withLicence({ balanceKnownOn: '2020-01-01', initialBalance: 13 }),
    'licence.initialBalance',
  ],
  ['an event of unknown type', withSecondEvent({ ...course, type: 'suspension' }), 'events[1].type'],
  ['an event with an empty id', withSecondEvent({ ...course, id: '' }), 'events[1].id'],
  [
    'an offence after its establishment',
    withSecondEvent({ ...infraction, id: 'B', offenceDate: '2024-03-21' }),
    'events[1].offenceDate',
  ],
  ['an unknown class', withSecondEvent({ ...infraction, id: 'B', class: 'C6' }), 'events[1].class'],
  ['points above 6', withSecondEvent({ ...infraction, id: 'B', points: 7 }), 'events[1].points'],
  [
    'a course ending before it starts',
    withSecondEvent({ ...course, startedOn: '2024-11-06' }),
    'events[1].startedOn',
  ],
  ['an unknown option', { ...valid, options: { strict: true } }, 'options.strict'],
  ['an unknown option value', { ...valid, options: { courseYearRule: 'yearly' } }, 'options.courseYearRule'],
  [
    'an event missing a field its type requires',
    withSecondEvent({ type: 'course', id: 'S2', startedOn: '2024-11-04' }),
    'events[1].endedOn',
  ],
  [
    'an event before the licence with no known balance',
    withSecondEvent({ ...course, startedOn: '2010-05-01' }),
    'events[1].startedOn',
  ],
  ['two events with the same id', withSecondEvent({ ...course, id: 'A' }), 'events[1].id'],
  ['an empty group', withSecondEvent({ ...infraction, id: 'B', group: '' }), 'events[1].group'],
  [
    'training with no probation',
    withLicence({ complementaryTraining: true }),
    'licence.complementaryTraining',
  ],
  ['a missing events array', { ...valid, events: undefined }, 'events'],
];

describe('the statement command on malformed input', () => {
  it.concurrent.each(malformedCases)(
    'names the field of %s and exits 2',
    async (_situation, input, field) => {
      const run = await runStatement(JSON.stringify(input));
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        new RegExp(`^malformed case: ${field.replace(/[[\].]/g, '\\$&')}: [^\\n]+\\n$`),
      );
    },
  );

  it('says why the points are wrong in words', async () => {
    const run = await runStatement(JSON.stringify(withSecondEvent({ ...infraction, id: 'B', points: 9 })));
    expect(run.stderr).toBe(
      'malformed case: events[1].points: must be an integer from 0 to 6 (9 for a DELIT)\n',
    );
  });

  it('refuses input that is not JSON with one line and exit 2', async () => {
    const run = await runStatement('{"asOf": "2024-12-01",\n');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^malformed case: not valid JSON \([^\n]+\)\n$/);
  });

  it('accepts a case without options', async () => {
    const run = await runStatement(JSON.stringify({ ...valid, options: undefined }));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ asOf: '2024-12-01', balance: 12, status: 'valid' });
  });
});
