import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EVENT_SOURCE, eventBridgeDetail, type DomainEvent } from '../../events/index.ts';
import { makeEventBridgeBus } from './event-bus.ts';

const credentials = { accessKeyId: 'AKID', secretAccessKey: 'secret', sessionToken: 'session' };

/** An EventBridge that keeps what it is sent and answers `answer`. */
let received: { headers: IncomingHttpHeaders; body: string }[] = [];
let answer: { status: number; body: unknown } = { status: 200, body: { FailedEntryCount: 0, Entries: [] } };
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
    response.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.1' });
    response.end(JSON.stringify(answer.body));
  });
});
let endpoint: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received = [];
  answer = { status: 200, body: { FailedEntryCount: 0, Entries: [] } };
});

const anEvent = (index: number): DomainEvent<'CourseRecorded'> => ({
  id: `licence:${index}`,
  type: 'CourseRecorded',
  occurredAt: '2026-06-15T08:30:00.123Z',
  detail: { licenceNumber: '123456789012', eventId: `event-${index}`, endedOn: '2026-06-14', balance: 10 },
});

const bus = () =>
  makeEventBridgeBus({
    busName: 'permis-points',
    endpoint,
    region: 'eu-west-3',
    credentials: () => credentials,
    correlationId: () => 'correlation-1',
  });

describe('the EventBridge bus', () => {
  it('sends PutEvents the body the AWS SDK sends for the same entries, signed for events', async () => {
    await bus().publish([anEvent(1), anEvent(2)]);
    const sdk = new EventBridgeClient({ region: 'eu-west-3', endpoint, credentials });
    await sdk.send(
      new PutEventsCommand({
        Entries: [anEvent(1), anEvent(2)].map((event) => ({
          EventBusName: 'permis-points',
          Source: EVENT_SOURCE,
          DetailType: event.type,
          Time: new Date(event.occurredAt),
          Detail: eventBridgeDetail({ ...event, correlationId: 'correlation-1' }),
        })),
      }),
    );
    const [ours, theirs] = received;
    expect(JSON.parse(ours?.body ?? '')).toEqual(JSON.parse(theirs?.body ?? ''));
    expect(ours?.headers['x-amz-target']).toBe(theirs?.headers['x-amz-target']);
    expect(ours?.headers['content-type']).toBe(theirs?.headers['content-type']);
    expect(ours?.headers['x-amz-security-token']).toBe('session');
    expect(ours?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/eu-west-3\/events\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token;x-amz-target, /,
    );
  });

  it('sends at most ten entries a call', async () => {
    await bus().publish(Array.from({ length: 23 }, (_, index) => anEvent(index)));
    expect(received.map(({ body }) => (JSON.parse(body) as { Entries: unknown[] }).Entries.length)).toEqual([
      10, 10, 3,
    ]);
  });

  it('fails when EventBridge refuses an entry, or the call', async () => {
    answer = { status: 200, body: { FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure' }] } };
    await expect(bus().publish([anEvent(1)])).rejects.toThrow('EventBridge refused 1 event(s)');
    answer = { status: 400, body: { __type: 'AccessDeniedException' } };
    await expect(bus().publish([anEvent(1)])).rejects.toThrow(
      /^EventBridge PutEvents failed \(400\): .*AccessDeniedException/,
    );
  });
});
