// How each port of the composition root is built, from the settings it names. One object per port, free of
// side effects; handlers import this unit as a namespace (`import * as build`), so that a bundle keeps only
// the builders (and SDK clients) its handler names.
import { makeAccountRepository } from '../../adapters/account-repository.ts';
import { makeAttemptCounter } from '../../adapters/attempt-counter.ts';
import { makeCalendarFeeds } from '../../adapters/calendar-feeds.ts';
import { systemClock } from '../../adapters/clock.ts';
import { makeLambdaRenderer } from '../../adapters/document-renderer.ts';
import { makeDocumentRepository } from '../../adapters/document-repository.ts';
import { makeDocumentStorage } from '../../adapters/document-storage.ts';
import { makeEventBridgeBus } from '../../adapters/event-bus.ts';
import { makeDynamoDbFranceConnectSessionStore } from '../../adapters/franceconnect-session-store.ts';
import { makeUserInfoDirectory } from '../../adapters/identity-provider.ts';
import { makeJobProgressStore } from '../../adapters/job-progress.ts';
import { makeLicenceRepository } from '../../adapters/licence-repository.ts';
import { byChannel, makeQueuedLetterNotifier, makeSesNotifier } from '../../adapters/notifications.ts';
import { makeOnceGuard } from '../../adapters/once-guard.ts';
import { makeS3Client } from '../../adapters/s3.ts';
import { makeSqsWorkQueue } from '../../adapters/work-queue.ts';
import { makeTokenVerifier } from '../../http/token-verifier.ts';
import type { Builder } from '../dependencies.ts';
import { correlationId, remainingTime } from '../../runtime/index.ts';

export const licences: Builder<'licences', 'TABLE_NAME'> = {
  needs: ['TABLE_NAME'],
  build: (settings, shared) =>
    makeLicenceRepository({ client: shared.dynamoDb(), tableName: settings.TABLE_NAME }),
};

export const accounts: Builder<'accounts', 'TABLE_NAME'> = {
  needs: ['TABLE_NAME'],
  build: (settings, shared) =>
    makeAccountRepository({ client: shared.dynamoDb(), tableName: settings.TABLE_NAME }),
};

export const attempts: Builder<'attempts', 'TABLE_NAME'> = {
  needs: ['TABLE_NAME'],
  build: (settings, shared) =>
    makeAttemptCounter({ client: shared.dynamoDb(), tableName: settings.TABLE_NAME }),
};

export const calendarFeeds: Builder<'calendarFeeds', 'TABLE_NAME'> = {
  needs: ['TABLE_NAME'],
  build: (settings, shared) =>
    makeCalendarFeeds({ client: shared.dynamoDb(), tableName: settings.TABLE_NAME }),
};

export const documents: Builder<'documents', 'TABLE_NAME'> = {
  needs: ['TABLE_NAME'],
  build: (settings, shared) =>
    makeDocumentRepository({ client: shared.dynamoDb(), tableName: settings.TABLE_NAME }),
};

export const once: Builder<'once', 'TABLE_NAME'> = {
  needs: ['TABLE_NAME'],
  build: (settings, shared) => makeOnceGuard({ client: shared.dynamoDb(), tableName: settings.TABLE_NAME }),
};

export const progress: Builder<'progress', 'TABLE_NAME'> = {
  needs: ['TABLE_NAME'],
  build: (settings, shared) =>
    makeJobProgressStore({ client: shared.dynamoDb(), tableName: settings.TABLE_NAME }),
};

export const sessions: Builder<'sessions', 'TABLE_NAME'> = {
  needs: ['TABLE_NAME'],
  build: (settings, shared) =>
    makeDynamoDbFranceConnectSessionStore({
      documentClient: shared.dynamoDb(),
      tableName: settings.TABLE_NAME,
    }),
};

export const bus: Builder<'bus', 'EVENT_BUS_NAME'> = {
  needs: ['EVENT_BUS_NAME'],
  build: (settings) => makeEventBridgeBus({ busName: settings.EVENT_BUS_NAME, correlationId }),
};

export const clock: Builder<'clock', never> = { needs: [], build: () => systemClock };

export const timeLeft: Builder<'timeLeft', never> = { needs: [], build: () => remainingTime };

export const notifier: Builder<'notifier', 'MAIL_FROM' | 'LETTERS_QUEUE_URL'> = {
  needs: ['MAIL_FROM', 'LETTERS_QUEUE_URL'],
  build: (settings) =>
    byChannel({
      email: makeSesNotifier({ from: settings.MAIL_FROM }),
      letters: makeQueuedLetterNotifier({ queueUrl: settings.LETTERS_QUEUE_URL }),
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
      client: makeS3Client(settings.AWS_ENDPOINT_URL_S3 ? { endpoint: settings.AWS_ENDPOINT_URL_S3 } : {}),
      bucket: settings.DOCUMENTS_BUCKET,
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
  build: (settings) => makeSqsWorkQueue({ queueUrl: settings.RESTORATION_QUEUE_URL, correlationId }),
};
