// Work handed to the restoration workers: an SQS queue in AWS, ten messages a request, each with the
// correlation id of the run that planned it, so the worker's logs follow that run.
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { CorrelationSource } from './event-bus.ts';

export interface WorkQueue {
  enqueue(messages: unknown[]): Promise<void>;
}

export interface SqsWorkQueueOptions {
  queueUrl: string;
  client?: SQSClient;
  correlationId?: CorrelationSource;
}

export function makeSqsWorkQueue(options: SqsWorkQueueOptions): WorkQueue {
  const client = options.client ?? new SQSClient({});
  const attributes = () => {
    const id = options.correlationId?.();
    return id ? { MessageAttributes: { correlationId: { DataType: 'String', StringValue: id } } } : {};
  };
  return {
    async enqueue(messages) {
      for (let start = 0; start < messages.length; start += 10) {
        const Entries = messages.slice(start, start + 10).map((message, index) => ({
          Id: String(index),
          MessageBody: JSON.stringify(message),
          ...attributes(),
        }));
        const result = await client.send(
          new SendMessageBatchCommand({ QueueUrl: options.queueUrl, Entries }),
        );
        if (result.Failed?.length) throw new Error(`SQS refused ${result.Failed.length} message(s)`);
      }
    },
  };
}
