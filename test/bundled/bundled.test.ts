// The AWS path, run here: every function bundled as CDK bundles it, imported from its bundle and invoked
// through its exported handler with the events AWS sends (API Gateway payload 2.0, EventBridge, Scheduler,
// SQS), with an AWS-style environment, against dynalite, the S3 emulator and a fake of the other services.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, Context, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeAccess } from '../../infra/api-routes.ts';
import { projectRoot } from '../../infra/permis-points-function.ts';
import { httpRoutes } from '../../functions/routes.ts';
import { lambdaContext } from '../../local/lambda-http/index.ts';
import { makeLocalSigningMaterial } from '../../local/signing/index.ts';
import { startDynamoDb, startS3, type LocalDynamoDb, type LocalS3 } from '../../local/storage/index.ts';
import { aHolder, aLicenceNumber, aLicenceRecord, anInfraction } from '../support/registry-builders.ts';
import { startTestIdentity, type TestIdentity } from '../support/test-identity.ts';
import { bundleFunctions, lambdaFunctions } from './bundle-functions.ts';
import { startFakeAws, type FakeAws } from './fake-aws.ts';

type Handler = (event: unknown, context: Context) => Promise<unknown>;
type HttpAnswer = { statusCode: number; headers?: Record<string, string>; body?: string };

const TABLE = 'permis-points-bundled';
const BUCKET = 'documents-bundled';
const RENDER_FUNCTION = 'permis-points-render-document';
const SIGNING_SECRET = 'arn:aws:secretsmanager:eu-west-3:000000000000:secret:signing';

let dynamo: LocalDynamoDb;
let s3: LocalS3;
let aws: FakeAws;
let identity: TestIdentity;
let bundles: Map<string, string>;
const modules = new Map<string, Record<string, Handler>>();
const savedEnvironment = { ...process.env };

/** What infra gives the function (api-routes.ts, documents.ts, restoration.ts, domain-events.ts, …). */
function environmentOf(id: string): Record<string, string> {
  const tokens = {
    USER_POOL_ISSUER: identity.issuer,
    USER_POOL_JWKS_URL: identity.jwksUri,
    USER_POOL_CLIENT_IDS: `${identity.webClientId},${identity.registryClientId}`,
    USER_POOL_REGISTRY_CLIENT_IDS: identity.registryClientId,
  };
  const access = routeAccess[id];
  const route = httpRoutes.find((entry) => entry.folder === id);
  if (access && route) {
    return {
      ...(access.items.length > 0 || access.queriesTable ? { TABLE_NAME: TABLE } : {}),
      ...(access.publishes ? { EVENT_BUS_NAME: 'permis-points' } : {}),
      ...(access.readsUserInfo ? { USER_POOL_USERINFO_URL: identity.userInfoUrl } : {}),
      ...(access.writesPublicUrls ? { PUBLIC_URL: 'https://permis-points.example' } : {}),
      ...(access.namesOAuthEndpoints
        ? { USER_POOL_DOMAIN_URL: 'https://permis-points.auth.eu-west-3.amazoncognito.com/' }
        : {}),
      ...(route.spec.auth === 'public' ? {} : tokens),
      ...(['issue-rir', 'issue-rii'].includes(id)
        ? { DOCUMENTS_BUCKET: BUCKET, RENDER_FUNCTION_NAME: RENDER_FUNCTION }
        : {}),
      ...(['delete-account', 'download-my-document'].includes(id) ? { DOCUMENTS_BUCKET: BUCKET } : {}),
    };
  }
  const others: Record<string, Record<string, string>> = {
    'not-found': {},
    'franceconnect-bridge': {
      TABLE_NAME: TABLE,
      FRANCECONNECT_ISSUER: 'https://fcp-low.sbx.dev-franceconnect.fr/api/v2',
      FRANCECONNECT_CLIENT_ID: 'franceconnect-client',
      FRANCECONNECT_POST_LOGOUT_REDIRECT_URIS: 'https://permis-points.example/auth/logged-out',
      USER_POOL_ISSUER: identity.issuer,
      USER_POOL_JWKS_URL: identity.jwksUri,
      USER_POOL_CLIENT_IDS: identity.webClientId,
    },
    'render-document': { SIGNING_SECRET_ID: SIGNING_SECRET },
    'restore-points-planner': {
      TABLE_NAME: TABLE,
      RESTORATION_QUEUE_URL: `${aws.endpoint}/000000000000/work`,
    },
    'restore-points-worker': { TABLE_NAME: TABLE, EVENT_BUS_NAME: 'permis-points' },
    'send-alerts': {
      TABLE_NAME: TABLE,
      MAIL_FROM: 'Permis de conduire <ne-pas-repondre@permis-points.example>',
      LETTERS_QUEUE_URL: `${aws.endpoint}/000000000000/letters`,
    },
  };
  const environment = others[id];
  if (!environment) throw new Error(`no environment for ${id}`);
  return environment;
}

/** Invokes the bundle's export with the environment Lambda would give it (read at its cold start). */
async function invoke<R = unknown>(id: string, event: unknown, exportName = 'handler'): Promise<R> {
  process.env = {
    ...savedEnvironment,
    AWS_REGION: 'eu-west-3',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_SESSION_TOKEN: 'session-token',
    AWS_LAMBDA_FUNCTION_NAME: `permis-points-${id}`,
    // As Lambda sets them with active tracing: the traced functions send their segments to the (absent) daemon.
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    _X_AMZN_TRACE_ID: 'Root=1-67891233-abcdef012345678912345678;Parent=53995c3f42cd8ad8;Sampled=1',
    AWS_XRAY_CONTEXT_MISSING: 'IGNORE_ERROR',
    LAMBDA_TASK_ROOT: join(bundles.get(id) ?? '', '..'),
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_ENDPOINT_URL_S3: s3.endpoint,
    AWS_ENDPOINT_URL_EVENTBRIDGE: aws.endpoint,
    AWS_ENDPOINT_URL_SQS: aws.endpoint,
    AWS_ENDPOINT_URL_SESV2: aws.endpoint,
    AWS_ENDPOINT_URL_LAMBDA: aws.endpoint,
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String(aws.port),
    POWERTOOLS_METRICS_DISABLED: 'true',
    LOG_LEVEL: 'ERROR',
    NODE_OPTIONS: '--enable-source-maps',
    ...environmentOf(id),
  };
  let module = modules.get(id);
  if (!module) {
    module = (await import(pathToFileURL(bundles.get(id) ?? '').href)) as Record<string, Handler>;
    modules.set(id, module);
  }
  const handler = module[exportName];
  if (!handler) throw new Error(`the bundle of ${id} exports no ${exportName}`);
  return (await handler(event, lambdaContext(`permis-points-${id}`))) as R;
}

/** The payload 2.0 event API Gateway sends for a request matched by `id`'s route. */
function httpEvent(
  id: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    query?: Record<string, string>;
    headers?: Record<string, string>;
  } = {},
): APIGatewayProxyEventV2 {
  const route = httpRoutes.find((entry) => entry.folder === id)?.spec;
  const method = route?.method ?? 'GET';
  const template = route?.path ?? '$default';
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '([^/]+)')}$`);
  const values = pattern.exec(path)?.slice(1) ?? [];
  const pathParameters = Object.fromEntries(names.map((name, index) => [name, values[index] ?? '']));
  const rawQueryString = new URLSearchParams(options.query ?? {}).toString();
  return {
    version: '2.0',
    routeKey: route ? `${method} ${template}` : '$default',
    rawPath: path,
    rawQueryString,
    headers: {
      host: 'api.permis-points.example',
      'x-forwarded-for': '203.0.113.7',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    ...(rawQueryString ? { queryStringParameters: options.query } : {}),
    ...(names.length > 0 ? { pathParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'api',
      domainName: 'api.permis-points.example',
      domainPrefix: 'api',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'bundled-test' },
      requestId: `request-${Math.random().toString(36).slice(2)}`,
      routeKey: route ? `${method} ${template}` : '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    isBase64Encoded: false,
  };
}

const call = (id: string, path: string, options?: Parameters<typeof httpEvent>[2]) =>
  invoke<HttpAnswer>(id, httpEvent(id, path, options));
const json = <T = Record<string, unknown>>(answer: HttpAnswer) => JSON.parse(answer.body ?? 'null') as T;

/** What EventBridge delivers to a rule's target for an entry a function put on the bus. */
const eventBridgeDelivery = (entry: FakeAws['events'][number]) => ({
  version: '0',
  id: crypto.randomUUID(),
  'detail-type': entry.DetailType,
  source: entry.Source,
  account: '000000000000',
  time: new Date().toISOString(),
  region: 'eu-west-3',
  resources: [],
  detail: JSON.parse(entry.Detail) as unknown,
});

beforeAll(async () => {
  const signing = makeLocalSigningMaterial();
  [bundles, dynamo, s3, identity] = await Promise.all([
    bundleFunctions(),
    startDynamoDb({ tableName: TABLE }),
    startS3({ directory: join(projectRoot, '.local', `bundled-s3-${process.pid}`), bucket: BUCKET }),
    startTestIdentity(),
  ]);
  aws = await startFakeAws({
    invoke: (name, payload) => {
      if (name !== RENDER_FUNCTION) throw new Error(`no function ${name}`);
      return invoke('render-document', payload);
    },
    secrets: { [SIGNING_SECRET]: JSON.stringify(signing) },
  });
}, 120_000);

afterAll(async () => {
  process.env = savedEnvironment;
  await Promise.all([aws?.close(), s3?.close(), dynamo?.close(), identity?.close()]);
});

describe('the functions as deployed', () => {
  it('covers every function infra defines', async () => {
    const infraFiles = (await readdir(join(projectRoot, 'infra'))).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
    );
    const entries = new Set<string>();
    for (const file of infraFiles) {
      const source = await readFile(join(projectRoot, 'infra', file), 'utf8');
      for (const match of source.matchAll(/entry: '([^']+)'/g)) if (match[1]) entries.add(match[1]);
    }
    for (const { folder } of httpRoutes) entries.add(`${folder}/handler.ts`);
    expect(new Set(lambdaFunctions.map((fn) => fn.entry))).toEqual(entries);
  });

  it('answers the public routes, and a problem for an unknown one', async () => {
    expect((await call('health', '/v1/health')).statusCode).toBe(200);
    expect(json<{ openapi: string }>(await call('openapi', '/v1/openapi.json')).openapi).toMatch(/^3\./);
    const missing = await invoke<HttpAnswer>('not-found', httpEvent('not-found', '/v1/nowhere'));
    expect(missing.statusCode).toBe(404);
    const contentType = Object.entries(missing.headers ?? {}).find(
      ([name]) => name.toLowerCase() === 'content-type',
    );
    expect(contentType?.[1]).toMatch(/problem\+json/);
  });

  it('takes a licence from the registry, links it, and tells the holder what it costs', async () => {
    const registry = await identity.registry();
    const number = aLicenceNumber();
    const address = { lines: ['12 rue de la Paix'], postcode: '75002', city: 'Paris', country: '99100' };
    const put = await call('put-licence-record', `/v1/registry/licences/${number}`, {
      token: registry,
      body: aLicenceRecord({ holder: aHolder({ address }) }),
    });
    expect(put.statusCode, put.body).toBe(201);
    const recorded = await call('record-registry-event', `/v1/registry/licences/${number}/events`, {
      token: registry,
      body: anInfraction({ offenceDate: '2025-03-10', establishedOn: '2025-03-20' }),
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const statement = await call('get-registry-statement', `/v1/registry/licences/${number}/statement`, {
      token: registry,
    });
    // The point lost in March 2025 came back six months later.
    expect(statement.statusCode).toBe(200);
    expect(json<{ balance: number }>(statement).balance).toBe(12);

    const motorist = await identity.motorist('bundled-motorist');
    const holder = aHolder();
    const linked = await call('link-licence', '/v1/me/licence', {
      token: motorist,
      body: {
        format: 'eu-card',
        licenceNumber: number,
        holder: { familyName: holder.familyName, givenNames: holder.givenNames, birthDate: holder.birthDate },
      },
      headers: { 'x-correlation-id': 'bundled-link-0001' },
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(json(await call('get-me', '/v1/me', { token: motorist })).licence).toMatchObject({
      licenceNumber: number,
    });
    expect((await call('get-my-statement', '/v1/me/statement', { token: motorist })).statusCode).toBe(200);
    expect((await call('get-my-history', '/v1/me/history', { token: motorist })).statusCode).toBe(200);
    const simulated = await call('simulate', '/v1/me/simulations', {
      token: motorist,
      body: {
        infractions: [{ offenceDate: '2025-04-01', establishedOn: '2025-04-02', class: 'C4', points: 3 }],
      },
    });
    expect(simulated.statusCode, simulated.body).toBe(200);

    // The events went to EventBridge as the contract says; the alerts function takes them as EventBridge delivers them.
    const types = aws.events.map((entry) => entry.DetailType);
    expect(types).toEqual(expect.arrayContaining(['LicenceRecorded', 'InfractionRecorded', 'LicenceLinked']));
    const link = aws.events.find((entry) => entry.DetailType === 'LicenceLinked');
    expect(JSON.parse(link?.Detail ?? '{}')).toMatchObject({ correlationId: 'bundled-link-0001' });
    for (const entry of aws.events) await invoke('send-alerts', eventBridgeDelivery(entry));
    // A declared link is announced to the holder by post: a letter on the letters queue.
    expect(aws.messages.some((message) => message.QueueUrl.endsWith('/letters'))).toBe(true);
    // Delivered twice, nothing is sent twice.
    const sent = aws.messages.length + aws.emails.length;
    for (const entry of aws.events) await invoke('send-alerts', eventBridgeDelivery(entry));
    expect(aws.messages.length + aws.emails.length).toBe(sent);
    await expect(
      invoke('send-alerts', { ...eventBridgeDelivery(aws.events[0]!), detail: { id: 'x', occurredAt: 'y' } }),
    ).rejects.toThrow();
    // Each e-mail sent is among the alerts its account received.
    const received = json<{ items: { subject: string }[] }>(
      await call('list-my-alerts', '/v1/me/alerts', { token: motorist }),
    );
    expect(aws.emails.length).toBeGreaterThan(0);
    expect(received.items.map((alert) => alert.subject).sort()).toEqual(
      (aws.emails as { Content: { Simple: { Subject: { Data: string } } } }[])
        .map((email) => email.Content.Simple.Subject.Data)
        .sort(),
    );

    // Calendar and documents.
    expect((await call('get-my-calendar', '/v1/me/calendar.ics', { token: motorist })).statusCode).toBe(200);
    const feed = json<{ url: string }>(
      await call('create-calendar-feed', '/v1/me/calendar-feed', { token: motorist }),
    );
    const feedFile = feed.url.split('/').pop() ?? '';
    expect((await call('get-calendar-feed', `/v1/calendar/${feedFile}`)).statusCode).toBe(200);
    expect((await call('revoke-calendar-feed', '/v1/me/calendar-feed', { token: motorist })).statusCode).toBe(
      204,
    );

    const issued = await call('issue-rir', '/v1/me/documents/rir', { token: motorist });
    expect(issued.statusCode, issued.body).toBe(201);
    const document = json<{ documentId: string; reference: string; verificationCode: string }>(issued);
    expect((await call('issue-rii', '/v1/me/documents/rii', { token: motorist })).statusCode).toBe(403);
    const listed = json<{ items: unknown[] }>(
      await call('list-my-documents', '/v1/me/documents', { token: motorist }),
    );
    expect(listed.items).toHaveLength(1);
    const download = await call('download-my-document', `/v1/me/documents/${document.documentId}/download`, {
      token: motorist,
    });
    const pdf = await fetch(json<{ url: string }>(download).url);
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const verified = await call('verify-document', `/v1/verify/${document.reference}`, {
      query: { code: document.verificationCode },
    });
    expect(verified.statusCode, verified.body).toBe(200);

    expect((await call('unlink-licence', '/v1/me/licence', { token: motorist })).statusCode).toBe(204);
    expect((await call('delete-account', '/v1/me', { token: motorist })).statusCode).toBe(204);
  }, 240_000);

  it('plans the daily restoration from a Scheduler event and restores each shard-day from SQS', async () => {
    const scheduled = { 'detail-type': 'Scheduled Event', source: 'aws.scheduler', detail: {} };
    const planned = await invoke<{ days: string[] }>('restore-points-planner', scheduled);
    expect(planned.days.length).toBeGreaterThan(0);
    const work = aws.messages.filter((message) => message.QueueUrl.endsWith('/work'));
    expect(work.length).toBe(planned.days.length * 32);
    const event: SQSEvent = {
      Records: work.slice(0, 4).map((message, index) => ({
        messageId: `message-${index}`,
        receiptHandle: `receipt-${index}`,
        body: message.MessageBody,
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: String(Date.now()),
          SenderId: 'planner',
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: Object.fromEntries(
          Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
            name,
            { dataType: value.DataType, ...(value.StringValue ? { stringValue: value.StringValue } : {}) },
          ]),
        ),
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:eu-west-3:000000000000:work',
        awsRegion: 'eu-west-3',
      })),
    };
    event.Records.push({ ...event.Records[0]!, messageId: 'broken', body: '{"day":"yesterday"}' });
    const answer = await invoke<{ batchItemFailures: { itemIdentifier: string }[] }>(
      'restore-points-worker',
      event,
    );
    expect(answer.batchItemFailures).toEqual([{ itemIdentifier: 'broken' }]);
  });

  it('runs the FranceConnect bridge steps', async () => {
    const authorize = await invoke<HttpAnswer>(
      'franceconnect-bridge',
      httpEvent('franceconnect-bridge', '/franceconnect/authorize', {
        query: {
          client_id: 'franceconnect-client',
          redirect_uri: 'https://auth.example/oauth2/idpresponse',
          state: 's',
          scope: 'openid',
          response_type: 'code',
          nonce: 'n',
        },
      }),
      'authorize',
    );
    expect(authorize.statusCode).toBe(302);
    const userinfo = await invoke<HttpAnswer>(
      'franceconnect-bridge',
      httpEvent('franceconnect-bridge', '/franceconnect/userinfo'),
      'userinfo',
    );
    expect(userinfo.statusCode).toBe(401);
  });

  it('names the missing variable when a function starts without it', async () => {
    const bundle = bundles.get('get-me') ?? '';
    const fresh = (await import(`${pathToFileURL(bundle).href}?fresh`)) as Record<string, Handler>;
    process.env = {
      ...savedEnvironment,
      AWS_REGION: 'eu-west-3',
      LOG_LEVEL: 'ERROR',
      POWERTOOLS_METRICS_DISABLED: 'true',
    };
    await expect(fresh.handler!(httpEvent('get-me', '/v1/me'), lambdaContext('get-me'))).rejects.toThrow(
      /TABLE_NAME is missing; USER_POOL_ISSUER is missing/,
    );
  });
});
