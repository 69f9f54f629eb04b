// The restoration worker: each SQS message names one due-index shard and day;
// the licences of that shard due on or before the day are recomputed. A failed
// message is retried by SQS (partial batch failures, Powertools Batch), then kept in the DLQ.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import { shardWorkSchema } from '../../events/index.ts';
import { makeUpdateLicence } from '../licence-updates/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { builtOnFirstCall, countBusinessEvent, lambdaEntry, logger } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { tracing } from '../runtime/tracing/index.ts';
import { makeRestoreShard } from './use-case.ts';

const ports = { licences: build.licences, bus: build.bus, clock: build.clock, timeLeft: build.timeLeft };

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const restoreShard = makeRestoreShard({ licences: deps.licences, updateLicence: makeUpdateLicence(deps) });
  const processor = new BatchProcessor(EventType.SQS);
  const restore = async (record: SQSRecord) => {
    const { day, shard } = shardWorkSchema.parse(JSON.parse(record.body));
    const { changed, full } = await restoreShard(day as CalendarDate, shard, 8);
    countBusinessEvent(
      'PointsRestored',
      changed.reduce((sum, licence) => sum + licence.changes.length, 0),
    );
    logger.info('shard restored', { day, shard, licences: changed.length, full: full.length });
  };
  return (event: SQSEvent) => processPartialResponse(event, restore, processor);
}

/** Correlated by the planner's run that queued the message. */
export const handler = lambdaEntry(
  builtOnFirstCall(() => makeHandler(buildDependencies(ports, process.env, tracing))),
  (event: SQSEvent, context) =>
    event.Records[0]?.messageAttributes.correlationId?.stringValue ?? context.awsRequestId,
  tracing.layers,
);
