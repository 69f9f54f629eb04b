import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  makeDynamoDbFranceConnectSessionStore,
  makeInMemoryFranceConnectSessionStore,
} from './franceconnect-session-store.ts';

const server = dynalite({ createTableMs: 0 });
let documentClient: DynamoDBDocumentClient;
const tableName = 'permis-points-test';

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${port}`,
    region: 'eu-west-3',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
  documentClient = DynamoDBDocumentClient.from(client);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const tenOClock = new Date('2026-01-01T10:00:00Z');
const tenOClockSeconds = tenOClock.getTime() / 1000;

const stores = {
  DynamoDB: (clock: () => Date) =>
    makeDynamoDbFranceConnectSessionStore({ documentClient, tableName, clock }),
  memory: (clock: () => Date) => makeInMemoryFranceConnectSessionStore(clock),
};

describe.each(Object.entries(stores))('the FranceConnect session store in %s', (_, makeStore) => {
  it('gives back the id token kept for a subject until it expires', async () => {
    const clock = { now: tenOClock };
    const store = makeStore(() => clock.now);
    await store.put('sub-1', 'id-token-1', tenOClockSeconds + 60);
    expect(await store.get('sub-1')).toBe('id-token-1');
    clock.now = new Date(tenOClock.getTime() + 59_000);
    expect(await store.get('sub-1')).toBe('id-token-1');
    clock.now = new Date(tenOClock.getTime() + 60_000);
    expect(await store.get('sub-1')).toBeUndefined();
  });

  it('keeps only the latest id token of a subject and knows nothing of others', async () => {
    const store = makeStore(() => tenOClock);
    await store.put('sub-2', 'first', tenOClockSeconds + 60);
    await store.put('sub-2', 'second', tenOClockSeconds + 60);
    expect(await store.get('sub-2')).toBe('second');
    expect(await store.get('sub-3')).toBeUndefined();
  });
});

describe('the DynamoDB FranceConnect session store', () => {
  it('writes one item per subject under the FCSESSION keys', async () => {
    const store = stores.DynamoDB(() => tenOClock);
    await store.put('sub-4', 'id-token-4', tenOClockSeconds + 60);
    const { Item } = await documentClient.send(
      new GetCommand({ TableName: tableName, Key: { pk: 'FCSESSION#sub-4', sk: 'FCSESSION' } }),
    );
    expect(Item).toEqual({
      pk: 'FCSESSION#sub-4',
      sk: 'FCSESSION',
      idToken: 'id-token-4',
      expiresAt: tenOClockSeconds + 60,
    });
  });
});
