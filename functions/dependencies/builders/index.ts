// How each port of the composition root is built, from the settings it names. One object per port, free of
// side effects; handlers import this unit as a namespace (`import * as build`), so that a bundle keeps only
// the builders (and SDK clients) its handler names.
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { makeAccountRepository } from '../../adapters/account-repository.ts';
import { makeAlertLog } from '../../adapters/alert-log.ts';
import { makeAttemptCounter } from '../../adapters/attempt-counter.ts';
import { makeCalendarFeeds } from '../../adapters/calendar-feeds.ts';
import { systemClock } from '../../adapters/clock.ts';
import { makeLambdaRenderer } from '../../adapters/document-renderer.ts';
import { makeDocumentRepository } from '../../adapters/document-repository.ts';
import { LOCAL_S3_CREDENTIALS, makeDocumentStorage } from '../../adapters/document-storage.ts';
import { makeEventBridgeBus } from '../../adapters/event-bus.ts';
import { makeDynamoDbFranceConnectSessionStore } from '../../adapters/franceconnect-session-store.ts';
import { makeUserInfoDirectory } from '../../adapters/identity-provider.ts';
import { makeJobProgressStore } from '../../adapters/job-progress.ts';
import { makeLicenceRepository } from '../../adapters/licence-repository.ts';
import { byChannel, makeQueuedLetterNotifier, makeSesNotifier } from '../../adapters/notifications.ts';
import { makeOnceGuard } from '../../adapters/once-guard.ts';
import { makeSqsWorkQueue } from '../../adapters/work-queue.ts';
import { makeTokenVerifier } from '../../http/index.ts';
import { makeDocumentClient } from '../../adapters/dynamodb.ts';
import type { Builder, Dependencies, Shared } from '../dependencies.ts';
import type { Environment } from '../environment.ts';
import { correlationId, remainingTime } from '../../runtime/index.ts';

/** What wraps each AWS SDK client (the tracer's capture, in the functions that trace). */
const instrumentOf = (shared: Shared) =>
  (shared.get('instrument') as (<Client>(client: Client) => Client) | undefined) ??
  (<Client>(client: Client) => client);

/** The DynamoDB client of one set of builders, pointed at AWS_ENDPOINT_URL_DYNAMODB when it is set. */
function dynamoDb(
  settings: Pick<Environment, 'AWS_ENDPOINT_URL_DYNAMODB'>,
  shared: Shared,
): DynamoDBDocumentClient {
  const made = shared.get('dynamoDb') as DynamoDBDocumentClient | undefined;
  if (made) return made;
  const endpoint = settings.AWS_ENDPOINT_URL_DYNAMODB;
  const client = makeDocumentClient({ ...(endpoint ? { endpoint } : {}), instrument: instrumentOf(shared) });
  shared.set('dynamoDb', client);
  return client;
}

type TableSettings = 'TABLE_NAME' | 'AWS_ENDPOINT_URL_DYNAMODB';

/** A port kept in the table: made from the shared client and the table's name. */
function onTable<K extends keyof Dependencies>(
  make: (table: { client: DynamoDBDocumentClient; tableName: string }) => Dependencies[K],
): Builder<K, TableSettings> {
  return {
    needs: ['TABLE_NAME', 'AWS_ENDPOINT_URL_DYNAMODB'],
    build: (settings, shared) => make({ client: dynamoDb(settings, shared), tableName: settings.TABLE_NAME }),
  };
}

// `/* @__PURE__ */`: a bundle drops the builders its handler does not name.

export const licences = /* @__PURE__ */ onTable<'licences'>(makeLicenceRepository);

export const accounts = /* @__PURE__ */ onTable<'accounts'>(makeAccountRepository);

export const alertLog = /* @__PURE__ */ onTable<'alertLog'>(makeAlertLog);

export const attempts = /* @__PURE__ */ onTable<'attempts'>(makeAttemptCounter);

export const calendarFeeds = /* @__PURE__ */ onTable<'calendarFeeds'>(makeCalendarFeeds);

export const documents = /* @__PURE__ */ onTable<'documents'>(makeDocumentRepository);

export const once = /* @__PURE__ */ onTable<'once'>(makeOnceGuard);

export const progress = /* @__PURE__ */ onTable<'progress'>(makeJobProgressStore);

export const sessions: Builder<'sessions', 'TABLE_NAME' | 'AWS_ENDPOINT_URL_DYNAMODB'> = {
  needs: ['TABLE_NAME', 'AWS_ENDPOINT_URL_DYNAMODB'],
  build: (settings, shared) =>
    makeDynamoDbFranceConnectSessionStore({
      documentClient: dynamoDb(settings, shared),
      tableName: settings.TABLE_NAME,
    }),
};

export const bus: Builder<'bus', 'EVENT_BUS_NAME' | 'AWS_ENDPOINT_URL_EVENTBRIDGE'> = {
  needs: ['EVENT_BUS_NAME', 'AWS_ENDPOINT_URL_EVENTBRIDGE'],
  build: (settings) =>
    makeEventBridgeBus({
      busName: settings.EVENT_BUS_NAME,
      ...(settings.AWS_ENDPOINT_URL_EVENTBRIDGE ? { endpoint: settings.AWS_ENDPOINT_URL_EVENTBRIDGE } : {}),
      correlationId,
    }),
};

export const clock: Builder<'clock', never> = { needs: [], build: () => systemClock };

export const timeLeft: Builder<'timeLeft', never> = { needs: [], build: () => remainingTime };

export const notifier: Builder<'notifier', 'MAIL_FROM' | 'LETTERS_QUEUE_URL'> = {
  needs: ['MAIL_FROM', 'LETTERS_QUEUE_URL'],
  build: (settings, shared) =>
    byChannel({
      email: makeSesNotifier({ client: instrumentOf(shared)(new SESv2Client({})), from: settings.MAIL_FROM }),
      letters: makeQueuedLetterNotifier({
        client: instrumentOf(shared)(new SQSClient({})),
        queueUrl: settings.LETTERS_QUEUE_URL,
      }),
    }),
};

export const users: Builder<'users', 'USER_POOL_USERINFO_URL'> = {
  needs: ['USER_POOL_USERINFO_URL'],
  build: (settings) => makeUserInfoDirectory({ userInfoUrl: settings.USER_POOL_USERINFO_URL }),
};

export const verifier: Builder<
  'verifier',
  'USER_POOL_ISSUER' | 'USER_POOL_JWKS_URL' | 'USER_POOL_CLIENT_IDS' | 'USER_POOL_REGISTRY_CLIENT_IDS'
> = {
  needs: ['USER_POOL_ISSUER', 'USER_POOL_JWKS_URL', 'USER_POOL_CLIENT_IDS', 'USER_POOL_REGISTRY_CLIENT_IDS'],
  build: (settings) =>
    makeTokenVerifier({
      issuer: settings.USER_POOL_ISSUER,
      jwksUri: settings.USER_POOL_JWKS_URL,
      clientIds: settings.USER_POOL_CLIENT_IDS,
      registryClientIds: settings.USER_POOL_REGISTRY_CLIENT_IDS,
    }),
};

export const publicUrl: Builder<'publicUrl', 'PUBLIC_URL'> = {
  needs: ['PUBLIC_URL'],
  build: (settings) => settings.PUBLIC_URL.replace(/\/$/, ''),
};

export const documentStorage: Builder<'documentStorage', 'DOCUMENTS_BUCKET' | 'AWS_ENDPOINT_URL_S3'> = {
  needs: ['DOCUMENTS_BUCKET', 'AWS_ENDPOINT_URL_S3'],
  build: (settings) =>
    makeDocumentStorage({
      bucket: settings.DOCUMENTS_BUCKET,
      // An endpoint is the local emulator, which knows its own account only.
      ...(settings.AWS_ENDPOINT_URL_S3
        ? { endpoint: settings.AWS_ENDPOINT_URL_S3, credentials: () => LOCAL_S3_CREDENTIALS }
        : {}),
    }),
};

export const documentRenderer: Builder<
  'documentRenderer',
  'RENDER_FUNCTION_NAME' | 'AWS_ENDPOINT_URL_LAMBDA'
> = {
  needs: ['RENDER_FUNCTION_NAME', 'AWS_ENDPOINT_URL_LAMBDA'],
  build: (settings) =>
    makeLambdaRenderer({
      functionName: settings.RENDER_FUNCTION_NAME,
      ...(settings.AWS_ENDPOINT_URL_LAMBDA ? { endpoint: settings.AWS_ENDPOINT_URL_LAMBDA } : {}),
    }),
};

export const documentValidityMonths: Builder<'documentValidityMonths', 'DOCUMENT_VALIDITY_MONTHS'> = {
  needs: ['DOCUMENT_VALIDITY_MONTHS'],
  build: (settings) => settings.DOCUMENT_VALIDITY_MONTHS,
};

export const restorationQueue: Builder<'restorationQueue', 'RESTORATION_QUEUE_URL'> = {
  needs: ['RESTORATION_QUEUE_URL'],
  build: ({ RESTORATION_QUEUE_URL: queueUrl }, shared) => {
    const client = instrumentOf(shared)(new SQSClient({}));
    return makeSqsWorkQueue({ queueUrl, client, correlationId });
  },
};

// The ports several routes share, named once (no spreads: a spread would keep every builder in every bundle).

/** A motorist route that reads the caller's own licence. */
export const myLicence = { accounts, licences, clock, verifier };

/** A motorist route on the caller's calendar. */
export const myCalendar = { accounts, licences, clock, verifier, calendarFeeds };

/** A registry route that writes a licence through the single write path. */
export const licenceWrites = { licences, bus, clock, timeLeft, verifier };

/** The routes that issue a RIR or a RII. */
export const documentIssuing = {
  accounts,
  licences,
  clock,
  verifier,
  attempts,
  documents,
  documentStorage,
  documentRenderer,
  publicUrl,
  documentValidityMonths,
};
