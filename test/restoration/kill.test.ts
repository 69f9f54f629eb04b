import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type { DomainEvent } from '../../events/index.ts';
import { startDynamoDb } from '../../local/storage/index.ts';
import { recordOnePointLost, startServiceHarness } from '../support/service-harness.ts';

/** Kills in a row before the run that finishes; more under `npm run test:soak`. */
const KILLED_RUNS = Number(process.env.KILLED_RUNS ?? 20);
/** Enough that the killed runs never finish the job between them: together they restore about half. */
const LICENCES = Math.max(300, KILLED_RUNS * 15);
const childScript = fileURLToPath(new URL('./restoration-child.ts', import.meta.url));
/** Restorations published so far, each counted once (delivery is at least once). */
const distinctEvents = (file: string) => new Set(readEvents(file).map((event) => event.id)).size;
/**
 * The events written so far: the lines ended by a newline. What follows the last one is a line the child is
 * still writing, read between the pages of its write (Linux lets a reader see a write that spans a page
 * boundary half done); it is counted once complete.
 */
const readEvents = (file: string): DomainEvent[] => {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.pop();
  return lines.filter(Boolean).map((line) => JSON.parse(line) as DomainEvent);
};

describe('a restoration run killed at random points, again and again', () => {
  it(
    'is finished by the next run, and every due change is applied exactly once',
    { timeout: 600_000 },
    async () => {
      const tableName = 'permis-points-test';
      const dynamo = await startDynamoDb({ tableName });
      const eventsFile = join(await mkdtemp(join(tmpdir(), 'pp-kill-')), 'events.jsonl');
      const seed = await startServiceHarness({
        today: '2024-03-20' as CalendarDate,
        endpoint: dynamo.endpoint,
      });
      const numbers = Array.from(
        { length: LICENCES },
        (_, index) => `2403750${String(index).padStart(5, '0')}`,
      );
      await recordOnePointLost(seed, numbers);

      // Twenty runs in a row, each killed at a random point: after a random number of its own events, then a
      // random few milliseconds more, so that some kills land between a licence's write and its event.
      const kills: number[] = [];
      for (let run = 0; run < KILLED_RUNS; run += 1) {
        const before = distinctEvents(eventsFile);
        const target = before + 1 + Math.floor(Math.random() * (LICENCES / (2 * KILLED_RUNS)));
        const child = spawn(process.execPath, [childScript, dynamo.endpoint, '2024-09-20', eventsFile], {
          stdio: 'inherit',
        });
        const exited = new Promise((resolve) => child.on('exit', resolve));
        while (distinctEvents(eventsFile) < target) {
          if (child.exitCode !== null)
            throw new Error('the job finished before it could be killed: raise LICENCES');
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 30));
        child.kill('SIGKILL');
        await exited;
        kills.push(distinctEvents(eventsFile));
      }
      const beforeResume = distinctEvents(eventsFile);
      console.log(
        `restoration killed ${KILLED_RUNS} times, after ${kills.join(', ')} licences restored; ${LICENCES - beforeResume} of ${LICENCES} left for the resumed run`,
      );
      expect(beforeResume).toBeGreaterThan(0);
      expect(beforeResume).toBeLessThan(LICENCES);

      seed.clock.set('2024-09-20' as CalendarDate);
      seed.bus.subscribe(async (event) => appendFileSync(eventsFile, `${JSON.stringify(event)}\n`));
      await seed.restorePoints();
      await seed.restorePoints();

      // Delivery is at least once (an event published just before the kill goes out again with the same id,
      // and consumers are idempotent on it); each restoration must be one event, with one id.
      const restored = readEvents(eventsFile).filter((event) => event.type === 'PointsRestored');
      const idsPerLicence = new Map<string, Set<string>>();
      for (const event of restored) {
        const number = (event.detail as { licenceNumber: string }).licenceNumber;
        idsPerLicence.set(number, (idsPerLicence.get(number) ?? new Set()).add(event.id));
      }
      expect([...idsPerLicence.keys()].sort()).toEqual(numbers);
      expect([...idsPerLicence.entries()].filter(([, ids]) => ids.size !== 1)).toEqual([]);
      const bodies = new Map<string, string>();
      for (const event of restored) {
        const body = JSON.stringify(event);
        expect(bodies.get(event.id) ?? body).toBe(body);
        bodies.set(event.id, body);
      }
      for (const number of numbers) {
        const licence = await seed.licences.get(number);
        expect(licence?.statement.balance).toBe(12);
        expect(licence?.applied.filter((change) => change.rule === 'six-month')).toHaveLength(1);
        expect(licence?.unpublished).toEqual([]);
      }
      await seed.close();
      await dynamo.close();
    },
  );
});
