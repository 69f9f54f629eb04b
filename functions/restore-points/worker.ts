// The restoration worker: each SQS message names one due-index shard and day;
// the licences of that shard due on or before the day are recomputed. A failed
// message is retried by SQS (partial batch failures), then kept in the DLQ.
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { z } from 'zod';
import { awsDependencies } from '../runtime/dependencies.ts';
import { makeUpdateLicence } from '../licence-updates/index.ts';
import { logger } from '../http/logger.ts';
import { calendarDate } from '../http/schemas.ts';
import { makeRestoreShard } from './use-case.ts';

const deps = awsDependencies();
const restoreShard = makeRestoreShard({ licences: deps.licences, updateLicence: makeUpdateLicence(deps) });
const message = z.object({ day: calendarDate, shard: z.string().regex(/^DUE#\d{2}$/) });

export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      const { day, shard } = message.parse(JSON.parse(record.body));
      const { changed, full } = await restoreShard(day, shard, 8);
      logger.info('shard restored', { day, shard, licences: changed.length, full: full.length });
    } catch (error) {
      logger.error('shard failed', {
        messageId: record.messageId,
        error: error instanceof Error ? error : String(error),
      });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
