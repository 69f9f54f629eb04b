// The AWS services the bundled functions call besides DynamoDB and S3 (dynalite and the S3 emulator), played
// by one HTTP server the SDK reaches through its standard AWS_ENDPOINT_URL_<SERVICE> variables: EventBridge
// PutEvents, SQS SendMessage(Batch), SES v2 SendEmail, Lambda Invoke (handed to a bundled function), and
// the Lambda secrets extension. It keeps what was sent, for the test to deliver on.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import { closeServer, listen } from '../../local/server/index.ts';

export interface PutEventsEntry {
  Source: string;
  DetailType: string;
  Detail: string;
  EventBusName: string;
}

export interface SentMessage {
  QueueUrl: string;
  MessageBody: string;
  MessageAttributes?: Record<string, { DataType: string; StringValue?: string }>;
}

export interface FakeAws {
  endpoint: string;
  port: number;
  events: PutEventsEntry[];
  messages: SentMessage[];
  emails: unknown[];
  close(): Promise<void>;
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeAws({
  invoke,
  secrets,
}: {
  /** Runs the function a Lambda Invoke names. */
  invoke: (functionName: string, payload: unknown) => Promise<unknown>;
  secrets: Record<string, string>;
}): Promise<FakeAws> {
  const events: PutEventsEntry[] = [];
  const messages: SentMessage[] = [];
  const emails: unknown[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const text = await body(request);
      const target = String(request.headers['x-amz-target'] ?? '');
      const url = new URL(request.url ?? '/', 'http://localhost');
      const json = (status: number, value: unknown, type = 'application/x-amz-json-1.1') => {
        response.writeHead(status, { 'content-type': type });
        response.end(JSON.stringify(value));
      };
      if (target === 'AWSEvents.PutEvents') {
        const { Entries } = JSON.parse(text) as { Entries: PutEventsEntry[] };
        events.push(...Entries);
        return json(200, { FailedEntryCount: 0, Entries: Entries.map(() => ({ EventId: randomUUID() })) });
      }
      if (target === 'AmazonSQS.SendMessageBatch') {
        const { QueueUrl, Entries } = JSON.parse(text) as {
          QueueUrl: string;
          Entries: (Omit<SentMessage, 'QueueUrl'> & { Id: string })[];
        };
        messages.push(...Entries.map(({ Id: _id, ...entry }) => ({ QueueUrl, ...entry })));
        return json(
          200,
          {
            Successful: Entries.map(({ Id, MessageBody }) => ({
              Id,
              MessageId: randomUUID(),
              MD5OfMessageBody: md5(MessageBody),
            })),
            Failed: [],
          },
          'application/x-amz-json-1.0',
        );
      }
      if (target === 'AmazonSQS.SendMessage') {
        const message = JSON.parse(text) as SentMessage;
        messages.push(message);
        return json(
          200,
          { MessageId: randomUUID(), MD5OfMessageBody: md5(message.MessageBody) },
          'application/x-amz-json-1.0',
        );
      }
      if (request.method === 'POST' && url.pathname === '/v2/email/outbound-emails') {
        emails.push(JSON.parse(text));
        return json(200, { MessageId: randomUUID() }, 'application/json');
      }
      const invocation = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(url.pathname);
      if (invocation?.[1]) {
        const result = await invoke(decodeURIComponent(invocation[1]), JSON.parse(text));
        return json(200, result, 'application/json');
      }
      if (url.pathname === '/secretsmanager/get') {
        const secret = secrets[url.searchParams.get('secretId') ?? ''];
        if (!secret || !request.headers['x-aws-parameters-secrets-token']) return json(400, {});
        return json(200, { SecretString: secret }, 'application/json');
      }
      json(400, { message: `the fake AWS does not play ${target || request.method + ' ' + url.pathname}` });
    })().catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json', 'x-amz-function-error': 'Unhandled' });
      response.end(JSON.stringify({ errorMessage: error instanceof Error ? error.message : String(error) }));
    });
  });
  const port = await listen(server, 0);
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    events,
    messages,
    emails,
    close: () => closeServer(server),
  };
}
