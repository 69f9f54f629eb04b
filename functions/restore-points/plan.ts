// Plans the days the restoration job has not completed yet, one message per
// shard and day, and records each day once its messages are queued.
import { addDays, type CalendarDate } from '../../domain/calendar/index.ts';
import type { JobProgressStore } from '../adapters/job-progress.ts';

export interface ShardWork {
  day: CalendarDate;
  shard: string;
}

export async function planRestoration({
  progress,
  today,
  shards,
  enqueue,
}: {
  progress: JobProgressStore;
  today: CalendarDate;
  shards: string[];
  enqueue: (messages: ShardWork[]) => Promise<void>;
}): Promise<CalendarDate[]> {
  let seen = await progress.get();
  const planned: CalendarDate[] = [];
  for (
    let day = seen.lastCompletedDay ? addDays(seen.lastCompletedDay, 1) : today;
    day <= today;
    day = addDays(day, 1)
  ) {
    await enqueue(shards.map((shard) => ({ day, shard })));
    if (!(await progress.complete(day, seen)))
      throw new Error('another restoration run moved the progress meanwhile');
    seen = { lastCompletedDay: day, version: seen.version + 1 };
    planned.push(day);
  }
  return planned;
}
