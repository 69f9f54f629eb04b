// The scheduled entry of the daily restoration (EventBridge Scheduler, 00:05
// Europe/Paris). It plans the work: one SQS message per due-index shard and day,
// so the day is recomputed by up to 32 workers at once (docs/restoration.md),
// then records the day as planned. SQS retries a failed shard; the DLQ keeps the rest.
import { allDueShards } from '../adapters/table-definition.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { builtOnFirstCall, lambdaEntry, logger } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { tracing } from '../runtime/tracing/index.ts';
import { planRestoration } from './plan.ts';

const ports = { progress: build.progress, restorationQueue: build.restorationQueue, clock: build.clock };

export function makeHandler({ progress, restorationQueue, clock }: DependenciesOf<typeof ports>) {
  return async function plan(_event: unknown): Promise<{ days: string[] }> {
    const days = await planRestoration({
      progress,
      today: clock.today(),
      shards: allDueShards(),
      enqueue: (messages) => restorationQueue.enqueue(messages),
    });
    logger.info('restoration planned', { days });
    return { days };
  };
}

/** Scheduler's event carries nothing the planner reads: the run is correlated by its request id. */
export const handler = lambdaEntry(
  builtOnFirstCall(() => makeHandler(buildDependencies(ports, process.env, tracing))),
  undefined,
  tracing.layers,
);
