// The scheduled entry of the daily restoration (EventBridge Scheduler, 00:05
// Europe/Paris). It plans the work: one SQS message per due-index shard and day,
// so the day is recomputed by up to 32 workers at once (docs/restoration.md),
// then records the day as planned. SQS retries a failed shard; the DLQ keeps the rest.
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { systemClock } from '../adapters/clock.ts';
import { makeDocumentClient } from '../adapters/dynamodb.ts';
import { makeJobProgressStore } from '../adapters/job-progress.ts';
import { allDueShards } from '../adapters/table-definition.ts';
import { logger } from '../http/logger.ts';
import { planRestoration } from './plan.ts';

const sqs = new SQSClient({});
const tableName = process.env.TABLE_NAME ?? '';
const queueUrl = process.env.RESTORATION_QUEUE_URL ?? '';
const progress = makeJobProgressStore({ client: makeDocumentClient(), tableName });

export async function handler(): Promise<{ days: string[] }> {
  const days = await planRestoration({
    progress,
    today: systemClock.today(),
    shards: allDueShards(),
    enqueue: async (messages) => {
      for (let start = 0; start < messages.length; start += 10) {
        const batch = messages.slice(start, start + 10);
        const result = await sqs.send(
          new SendMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: batch.map((message, index) => ({
              Id: String(index),
              MessageBody: JSON.stringify(message),
            })),
          }),
        );
        if (result.Failed?.length) throw new Error(`SQS refused ${result.Failed.length} message(s)`);
      }
    },
  });
  logger.info('restoration planned', { days });
  return { days };
}
