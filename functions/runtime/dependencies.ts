// Everything a use case may need, built once per cold start. In AWS the adapters
// come from environment variables; the local runtime and tests pass their own.
import { makeAccountRepository, type AccountRepository } from '../adapters/account-repository.ts';
import { makeAttemptCounter, type AttemptCounter } from '../adapters/attempt-counter.ts';
import { makeCalendarFeeds, type CalendarFeeds } from '../adapters/calendar-feeds.ts';
import { systemClock, type Clock } from '../adapters/clock.ts';
import { makeLambdaRenderer, type DocumentRenderer } from '../adapters/document-renderer.ts';
import { makeDocumentRepository, type DocumentRepository } from '../adapters/document-repository.ts';
import { makeDocumentStorage, type DocumentStorage } from '../adapters/document-storage.ts';
import { makeDocumentClient } from '../adapters/dynamodb.ts';
import { makeEventBridgeBus, type EventBus } from '../adapters/event-bus.ts';
import { makeUserInfoDirectory, type UserDirectory } from '../adapters/identity-provider.ts';
import { makeLicenceRepository, type LicenceRepository } from '../adapters/licence-repository.ts';
import { makeSesNotifier, type Notifier } from '../adapters/notifications.ts';
import { makeS3Client } from '../adapters/s3.ts';
import { makeTokenVerifier, type TokenVerifier } from '../http/token-verifier.ts';

export interface Dependencies {
  licences: LicenceRepository;
  accounts: AccountRepository;
  attempts: AttemptCounter;
  calendarFeeds: CalendarFeeds;
  bus: EventBus;
  clock: Clock;
  notifier: Notifier;
  users: UserDirectory;
  verifier: TokenVerifier;
  /** The public base URL of the API (for links in documents and notifications). */
  publicUrl: string;
  documents: DocumentRepository;
  documentStorage: DocumentStorage;
  /** Turns a document into its signed PDF (the PDF function in AWS). */
  documentRenderer: DocumentRenderer;
  /** Months a RIR or RII is valid (four when absent). */
  documentValidityMonths?: number;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`missing environment variable ${name}`);
  return value;
}

/** Adapters are created on first use, so a function only needs the variables of what it touches. */
export function awsDependencies(): Dependencies {
  const client = makeDocumentClient();
  const lazy = <T extends object>(build: () => T): T => {
    let value: T | undefined;
    return new Proxy({} as T, { get: (_, key) => (value ??= build())[key as keyof T] });
  };
  const tableName = () => required('TABLE_NAME');
  return {
    licences: lazy(() => makeLicenceRepository({ client, tableName: tableName() })),
    accounts: lazy(() => makeAccountRepository({ client, tableName: tableName() })),
    attempts: lazy(() => makeAttemptCounter({ client, tableName: tableName() })),
    calendarFeeds: lazy(() => makeCalendarFeeds({ client, tableName: tableName() })),
    bus: lazy(() => makeEventBridgeBus({ busName: required('EVENT_BUS_NAME') })),
    clock: systemClock,
    notifier: lazy(() => makeSesNotifier({ from: required('MAIL_FROM') })),
    users: lazy(() => makeUserInfoDirectory({ userInfoUrl: required('USER_POOL_USERINFO_URL') })),
    verifier: lazy(() =>
      makeTokenVerifier({
        issuer: required('USER_POOL_ISSUER'),
        jwksUri: required('USER_POOL_JWKS_URL'),
        clientIds: required('USER_POOL_CLIENT_IDS').split(','),
        registryClientIds: required('USER_POOL_REGISTRY_CLIENT_IDS').split(','),
      }),
    ),
    publicUrl: process.env.PUBLIC_URL ?? '',
    documents: lazy(() => makeDocumentRepository({ client, tableName: tableName() })),
    documentStorage: lazy(() =>
      makeDocumentStorage({ client: makeS3Client(), bucket: required('DOCUMENTS_BUCKET') }),
    ),
    documentRenderer: lazy(() => makeLambdaRenderer({ functionName: required('RENDER_FUNCTION_NAME') })),
    ...(process.env.DOCUMENT_VALIDITY_MONTHS
      ? { documentValidityMonths: Number(process.env.DOCUMENT_VALIDITY_MONTHS) }
      : {}),
  };
}
