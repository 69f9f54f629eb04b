// Work handed to the restoration workers: an SQS queue in AWS, ten messages a request.
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';

export interface WorkQueue {
  enqueue(messages: unknown[]): Promise<void>;
}

export function makeSqsWorkQueue({
  client = new SQSClient({}),
  queueUrl,
  correlationId = () => undefined,
}: {
  client?: SQSClient;
  queueUrl: string;
  /** Sent with each message, so the worker's logs follow the run that planned it. */
  correlationId?: () => string | undefined;
}): WorkQueue {
  return {
    async enqueue(messages) {
      for (let start = 0; start < messages.length; start += 10) {
        const batch = messages.slice(start, start + 10);
        const result = await client.send(
          new SendMessageBatchCommand({
            QueueUrl: queueUrl,
            Entries: batch.map((message, index) => {
              const id = correlationId();
              return {
                Id: String(index),
                MessageBody: JSON.stringify(message),
                ...(id
                  ? { MessageAttributes: { correlationId: { DataType: 'String', StringValue: id } } }
                  : {}),
              };
            }),
          }),
        );
        if (result.Failed?.length) throw new Error(`SQS refused ${result.Failed.length} message(s)`);
      }
    },
  };
}
