// The daily restoration job: for every day since the last completed run, the
// licences whose next automatic change is due are recomputed from their facts
// and written back with a version check. Running it twice changes nothing the
// second time; a run killed halfway is resumed by the next one.
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type { Clock } from '../adapters/clock.ts';
import type { JobProgressStore } from '../adapters/job-progress.ts';
import type { LicenceRepository, StoredLicence } from '../adapters/licence-repository.ts';
import { allDueShards } from '../adapters/table-definition.ts';
import type { UpdateLicence } from '../licence-updates/index.ts';
import { planRestoration } from './plan.ts';

export interface RestorationReport {
  days: CalendarDate[];
  /** Licences recomputed, with the automatic changes applied to each. */
  changed: { licenceNumber: string; day: CalendarDate; balance: number; changes: StoredLicence['applied'] }[];
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export function makeRestoreShard({
  licences,
  updateLicence,
}: {
  licences: LicenceRepository;
  updateLicence: UpdateLicence;
}) {
  /** Recomputes, as of `day`, the licences of one shard due on or before it. */
  return async function restoreShard(
    day: CalendarDate,
    shard: string,
    concurrency = 8,
  ): Promise<RestorationReport['changed']> {
    const due = await licences.findDue(shard, day);
    const changed: RestorationReport['changed'] = [];
    await inParallel(due, concurrency, async (licenceNumber) => {
      const { result: before, licence: after } = await updateLicence(
        licenceNumber,
        (current) => {
          // Already computed for this day (or later, by a registry write): nothing to do but flush its outbox.
          if (!current || current.computedOn >= day) return { kind: 'none', result: undefined };
          const before = new Set(current.applied.map((change) => JSON.stringify(change)));
          return { kind: 'write', record: current, events: [], result: before };
        },
        day,
      );
      if (!before || !after) return;
      const changes = after.applied.filter((change) => !before.has(JSON.stringify(change)));
      changed.push({ licenceNumber, day, balance: after.statement.balance, changes });
    });
    return changed;
  };
}

export function makeRestorePoints(deps: {
  licences: LicenceRepository;
  updateLicence: UpdateLicence;
  progress: JobProgressStore;
  clock: Clock;
}) {
  const restoreShard = makeRestoreShard(deps);
  /** The whole job in one process, every shard of every pending day (the local runtime and tests). */
  return async function restorePoints(upTo: CalendarDate = deps.clock.today()): Promise<RestorationReport> {
    const changed: RestorationReport['changed'] = [];
    const days = await planRestoration({
      progress: deps.progress,
      today: upTo,
      shards: allDueShards(),
      enqueue: async (work) => {
        const shards = await Promise.all(work.map(({ day, shard }) => restoreShard(day, shard)));
        changed.push(...shards.flat());
      },
    });
    return { days, changed };
  };
}

export type RestorePoints = ReturnType<typeof makeRestorePoints>;
