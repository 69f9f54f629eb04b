// The daily job meets a licence whose history fills the store's item limit: its restoration cannot be written.
// That licence is left exactly as it was (and named, for the operators), and every other licence of its due
// shard is restored all the same: one full licence must not hold a whole shard's restorations back.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type { RecordedFact } from '../../domain/licence-record/index.ts';
import { dueShardOf } from '../../functions/adapters/table-definition.ts';
import { recordOnePointLost, startServiceHarness } from '../support/service-harness.ts';

/** Characters that do not compress, the same for the same seed (so that a size found once holds). */
const noise = (seed: string, length: number) =>
  Array.from({ length: Math.ceil(length / 43) }, (_, index) =>
    createHash('sha256').update(`${seed}:${index}`).digest('base64url'),
  )
    .join('')
    .slice(0, length);

/** Facts whose ids do not compress: `count` of them, the last with an id of `lastIdLength` characters (a
 * length the API would refuse, but the store takes: it tunes the item's size to the byte). */
const filler = (count: number, lastIdLength: number): RecordedFact[] =>
  Array.from({ length: count }, (_, index) => ({
    type: 'infraction',
    eventId: index === count - 1 ? noise('last', lastIdLength) : noise(`id${index}`, 36),
    offenceDate: '2023-01-01' as CalendarDate,
    establishedOn: '2023-01-02' as CalendarDate,
    class: 'C1',
    points: 0,
    bodyHash: noise(`hash${index}`, 43),
    recordedOn: '2024-03-20' as CalendarDate,
  }));

/** Licence numbers of one due shard: where a full licence would hold the others back. */
function numbersOfOneShard(count: number): string[] {
  const byShard = new Map<string, string[]>();
  for (let index = 0; ; index += 1) {
    const number = `2403770${String(index).padStart(5, '0')}`;
    const shard = dueShardOf(number);
    const numbers = [...(byShard.get(shard) ?? []), number];
    byShard.set(shard, numbers);
    if (numbers.length === count) return numbers;
  }
}

describe('the daily job on a licence at its history limit', () => {
  it(
    'leaves that licence as it was, names it, and restores the rest of its shard',
    { timeout: 300_000 },
    async () => {
      const service = await startServiceHarness({ today: '2024-03-20' as CalendarDate });
      const [full = '', ...others] = numbersOfOneShard(6);
      await recordOnePointLost(service, [full, ...others]);

      // Fill the full licence to within a few bytes of the limit: first whole facts, then one id's length.
      const stored = await service.licences.get(full);
      if (!stored) throw new Error('no licence');
      const fits = async (count: number, lastIdLength: number) => {
        const current = (await service.licences.get(full)) ?? stored;
        const facts = [...stored.facts, ...filler(count, lastIdLength)];
        const outcome = await service.licences.put(
          { ...current, version: current.version + 1, facts },
          current.version,
        );
        return outcome === 'written';
      };
      let [low, high] = [0, 20_000];
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (await fits(middle, 36)) low = middle;
        else high = middle;
      }
      let [shortest, longest] = [36, 400];
      while (longest - shortest > 1) {
        const middle = Math.floor((shortest + longest) / 2);
        if (await fits(low, middle)) shortest = middle;
        else longest = middle;
      }
      expect(await fits(low, shortest)).toBe(true);
      const before = await service.licences.get(full);
      console.log(`the full licence holds ${before?.facts.length} facts`);

      service.clock.set('2024-09-20' as CalendarDate);
      const report = await service.restorePoints();

      expect(report.changed.map(({ licenceNumber }) => licenceNumber).sort()).toEqual([...others].sort());
      expect(report.full).toEqual([{ licenceNumber: full, day: '2024-09-20' }]);
      expect(await service.licences.get(full)).toEqual(before);
      for (const number of others) expect((await service.licences.get(number))?.statement.balance).toBe(12);
      await service.close();
    },
  );
});
