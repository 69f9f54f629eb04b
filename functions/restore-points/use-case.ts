// The daily restoration job: for every day since the last completed run, the
// licences whose next automatic change is due are recomputed from their facts
// and written back with a version check. Running it twice changes nothing the
// second time; a run killed halfway is resumed by the next one.
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type { Clock } from '../adapters/clock.ts';
import type { JobProgressStore } from '../adapters/job-progress.ts';
import type { LicenceRepository, StoredLicence } from '../adapters/licence-repository.ts';
import { allDueShards } from '../adapters/table-definition.ts';
import { LicenceHistoryFullError, type UpdateLicence } from '../licence-updates/index.ts';
import { logger } from '../runtime/index.ts';
import { planRestoration } from './plan.ts';

export interface RestorationReport {
  days: CalendarDate[];
  /** Licences recomputed, with the automatic changes applied to each. */
  changed: { licenceNumber: string; day: CalendarDate; balance: number; changes: StoredLicence['applied'] }[];
  /**
   * Licences whose recomputation could not be stored, their history filling the store's item limit: left as they
   * were, logged for the operators, and due again the next day. One of them never holds its shard back.
   */
  full: { licenceNumber: string; day: CalendarDate }[];
}

export type ShardReport = Pick<RestorationReport, 'changed' | 'full'>;

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
  ): Promise<ShardReport> {
    const due = await licences.findDue(shard, day);
    const changed: RestorationReport['changed'] = [];
    const full: RestorationReport['full'] = [];
    await inParallel(due, concurrency, async (licenceNumber) => {
      const updated = await updateLicence(
        licenceNumber,
        (current) => {
          // Already computed for this day (or later, by a registry write): nothing to do but flush its outbox.
          if (!current || current.computedOn >= day) return { kind: 'none', result: undefined };
          const before = new Set(current.applied.map((change) => JSON.stringify(change)));
          return { kind: 'write', record: current, events: [], result: before };
        },
        day,
      ).catch((error: unknown) => {
        if (!(error instanceof LicenceHistoryFullError)) throw error;
        logger.error('licence history full: restoration not stored', { day, shard });
        full.push({ licenceNumber, day });
        return undefined;
      });
      const { result: before, licence: after } = updated ?? {};
      if (!before || !after) return;
      const changes = after.applied.filter((change) => !before.has(JSON.stringify(change)));
      changed.push({ licenceNumber, day, balance: after.statement.balance, changes });
    });
    return { changed, full };
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
    const full: RestorationReport['full'] = [];
    const days = await planRestoration({
      progress: deps.progress,
      today: upTo,
      shards: allDueShards(),
      enqueue: async (work) => {
        const shards = await Promise.all(work.map(({ day, shard }) => restoreShard(day, shard)));
        for (const report of shards) {
          changed.push(...report.changed);
          full.push(...report.full);
        }
      },
    });
    return { days, changed, full };
  };
}

export type RestorePoints = ReturnType<typeof makeRestorePoints>;
