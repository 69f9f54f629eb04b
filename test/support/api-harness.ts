// Starts the API as the local runtime does (dynalite, the same handlers behind
// the local gateway), with a test user pool, and gives the suites a fetch that
// checks every answer against the OpenAPI document.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSettableClock, type SettableClock } from '../../functions/adapters/clock.ts';
import type { Notifier } from '../../functions/adapters/notifications.ts';
import { wireApi, type LocalApi } from '../../local/api/index.ts';
import { startGateway } from '../../local/gateway/index.ts';
import { openOutbox, type Outbox } from '../../local/outbox/index.ts';
import { makeLocalSigningMaterial } from '../../local/signing/index.ts';
import { startDynamoDb, startS3, type LocalS3 } from '../../local/storage/index.ts';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import type { RecordedFact } from '../../domain/licence-record/index.ts';
import { makeOpenApiValidator } from './openapi-validator.ts';
import { startTestIdentity, type TestIdentity } from './test-identity.ts';

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  json: <T = Record<string, unknown>>() => T;
}

export interface ApiHarness {
  baseUrl: string;
  dynamoDbEndpoint: string;
  s3: LocalS3;
  identity: TestIdentity;
  clock: SettableClock;
  outbox: Outbox;
  api: LocalApi;
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ): Promise<ApiResponse>;
  close(): Promise<void>;
}

export async function startApiHarness({
  today,
  notifier = (outbox) => outbox,
}: {
  today?: CalendarDate;
  /** The channel notifications go through; the outbox itself unless a suite puts something in front of it. */
  notifier?: (outbox: Outbox) => Notifier;
} = {}): Promise<ApiHarness> {
  const tableName = 'permis-points-test';
  const identity = await startTestIdentity();
  const dynamo = await startDynamoDb({ tableName });
  const clock = makeSettableClock();
  if (today) clock.set(today);
  const outbox = await openOutbox(join(await mkdtemp(join(tmpdir(), 'pp-outbox-')), 'outbox.json'));
  const s3 = await startS3({ directory: await mkdtemp(join(tmpdir(), 'pp-s3-')), bucket: 'documents' });
  const api = await wireApi({
    dynamoDbEndpoint: dynamo.endpoint,
    tableName,
    userPool: {
      issuer: identity.issuer,
      jwksUri: identity.jwksUri,
      userInfoUrl: identity.userInfoUrl,
      clientIds: [identity.webClientId, identity.registryClientId],
      registryClientIds: [identity.registryClientId],
    },
    clock,
    notifier: notifier(outbox),
    publicUrl: 'http://localhost',
    documents: { s3Endpoint: s3.endpoint, bucket: 'documents', signing: makeLocalSigningMaterial() },
    onConsumerError: (error) => console.error(error),
  });
  const { server, port } = await startGateway(
    { api: api.routes, authorizer: (token) => api.deps.verifier.claims(token) },
    0,
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const document = (await (await fetch(`${baseUrl}/v1/openapi.json`)).json()) as Parameters<
    typeof makeOpenApiValidator
  >[0];
  const validate = makeOpenApiValidator(document);

  return {
    baseUrl,
    dynamoDbEndpoint: dynamo.endpoint,
    s3,
    identity,
    clock,
    outbox,
    api,
    async request(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      let body: string | undefined = options.rawBody;
      if (options.body !== undefined) {
        body = JSON.stringify(options.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(baseUrl + path, {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
      });
      const text = await response.text();
      validate(
        method,
        path.split('?')[0] ?? path,
        response.status,
        response.headers.get('content-type'),
        text,
      );
      return {
        status: response.status,
        headers: response.headers,
        text,
        json: <T>() => JSON.parse(text) as T,
      };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await dynamo.close();
      await s3.close();
      await identity.close();
    },
  };
}

/**
 * Gives a recorded licence `facts` in one write through the repository, as if the registry had sent them one
 * by one: a history of thousands without thousands of requests.
 */
export async function storeFacts(api: ApiHarness, licenceNumber: string, facts: RecordedFact[]) {
  const stored = await api.api.deps.licences.get(licenceNumber);
  if (!stored) throw new Error(`no licence ${licenceNumber} stored`);
  const version = stored.version + 1;
  const outcome = await api.api.deps.licences.put({ ...stored, version, facts }, stored.version);
  return { outcome, version };
}
