// The store goes away in the middle of a restoration run: every connection to it cut and the port refusing
// new ones for a while, then open again on the same data, as a restart or an outage of the store looks to the
// job. (Restarting dynalite itself on its folder is no stand-in: it may reopen without what it had not
// flushed, which DynamoDB never does.) The run fails or limps;
// the next run finishes the work, and no licence is left half-written: every due change applied once, the
// statement the engine's answer for the licence's own history.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type { DomainEvent } from '../../events/index.ts';
import { startDynamoDb } from '../../local/storage/index.ts';
import { recordOnePointLost, startServiceHarness } from '../support/service-harness.ts';

const LICENCES = 200;

/** A TCP relay in front of the store, which can go down (every connection cut, the port closed) and up again. */
async function startRelay(target: number) {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) =>
    new Promise<number>((resolve) =>
      server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
  const port = await listen(0);
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async down() {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    up: () => listen(port),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
const tableName = 'permis-points-test';

describe('the store restarted in the middle of a restoration run', () => {
  it(
    'leaves no licence corrupted, and the next run restores each point exactly once',
    { timeout: 600_000 },
    async () => {
      const dynamo = await startDynamoDb({ tableName });
      const relay = await startRelay(Number(new URL(dynamo.endpoint).port));
      const service = await startServiceHarness({
        today: '2024-03-20' as CalendarDate,
        endpoint: relay.endpoint,
      });
      const numbers = Array.from(
        { length: LICENCES },
        (_, index) => `2403760${String(index).padStart(5, '0')}`,
      );
      await recordOnePointLost(service, numbers);
      const published: DomainEvent[] = [];
      service.bus.subscribe(async (event) => void published.push(event));
      service.clock.set('2024-09-20' as CalendarDate);

      const firstRun = service.restorePoints().then(
        () => 'finished',
        () => 'failed',
      );
      while (published.length < LICENCES / 10) await new Promise((resolve) => setTimeout(resolve, 5));
      await relay.down();
      const restoredBeforeOutage = new Set(published.map((event) => event.id)).size;
      await new Promise((resolve) => setTimeout(resolve, 300));
      await relay.up();
      const outcome = await firstRun;
      console.log(
        `store stopped after ${restoredBeforeOutage} of ${LICENCES} restorations; the run ${outcome}; ${new Set(published.map((event) => event.id)).size} restored by then`,
      );

      await service.restorePoints();
      await service.restorePoints();

      const idsPerLicence = new Map<string, Set<string>>();
      for (const event of published.filter((event) => event.type === 'PointsRestored')) {
        const number = (event.detail as { licenceNumber: string }).licenceNumber;
        idsPerLicence.set(number, (idsPerLicence.get(number) ?? new Set()).add(event.id));
      }
      expect([...idsPerLicence.keys()].sort()).toEqual(numbers);
      expect([...idsPerLicence.entries()].filter(([, ids]) => ids.size !== 1)).toEqual([]);
      for (const number of numbers) {
        const licence = await service.licences.get(number);
        expect(licence?.statement.balance, number).toBe(12);
        expect(
          licence?.applied.filter((change) => change.rule === 'six-month'),
          number,
        ).toHaveLength(1);
        expect(licence?.unpublished, number).toEqual([]);
      }
      await service.close();
      await relay.close();
      await dynamo.close();
    },
  );
});
