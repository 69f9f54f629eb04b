// Wires the API's handlers and adapters to the embedded stand-ins: the same composition root, use cases and
// entry layer as in AWS; only the settings (endpoints) and four ports differ: the in-process bus, the
// settable clock, the outbox and the in-process PDF renderer.
import { asEventBridgeDelivery, correlationIdOfDelivery } from '../../events/index.ts';
import type { Clock } from '../../functions/adapters/clock.ts';
import { CmsSigner, type SigningMaterial } from '../../functions/adapters/document-signer.ts';
import { makeInProcessBus, type InProcessBus } from '../../functions/adapters/event-bus.ts';
import type { Notifier } from '../../functions/adapters/notifications.ts';
import { makeInProcessRenderer, signatureFrom } from '../../functions/document-pdf/index.ts';
import type { LambdaHandler, RouteSpec } from '../../functions/http/index.ts';
import { httpRoutes } from '../../functions/routes.ts';
import { buildDependencies, type Dependencies } from '../../functions/dependencies/index.ts';
import { apiEntry, correlationId, lambdaEntry } from '../../functions/runtime/index.ts';
import * as build from '../../functions/dependencies/builders/index.ts';
import { makeHandler as makeAlertsHandler } from '../../functions/send-alerts/handler.ts';
import { lambdaContext } from '../lambda-http/index.ts';

export interface LocalApiConfig {
  dynamoDbEndpoint: string;
  tableName: string;
  userPool: {
    issuer: string;
    jwksUri: string;
    userInfoUrl: string;
    clientIds: string[];
    /** The registry's clients among `clientIds`: only their tokens pass the registry routes. */
    registryClientIds: string[];
    /** The pool's domain, under which its OAuth 2 endpoints are (the issuer when absent, as the local pool has it). */
    domainUrl?: string;
  };
  clock: Clock;
  notifier: Notifier;
  publicUrl: string;
  /** The documents bucket on the local S3 emulator, and the local signing key. */
  documents: { s3Endpoint: string; bucket: string; signing: SigningMaterial; validityMonths?: number };
  onConsumerError?: (error: unknown) => void;
}

/** What the local runtime wires: every port of an API function or of the alerts consumer. */
export type LocalDependencies = Omit<Dependencies, 'documentSignature' | 'restorationQueue' | 'sessions'>;

export interface LocalApi {
  deps: LocalDependencies;
  bus: InProcessBus;
  routes: { spec: RouteSpec; handler: LambdaHandler }[];
}

type HandlerModule = { makeHandler?: (deps: LocalDependencies) => LambdaHandler; handler?: LambdaEntryOf };
type LambdaEntryOf = (
  event: Parameters<LambdaHandler>[0],
  context: ReturnType<typeof lambdaContext>,
) => ReturnType<LambdaHandler>;

/** Nothing stops a local request as Lambda would: it gets Lambda's longest timeout, fifteen minutes. */
const LOCAL_TIMEOUT_MS = 15 * 60_000;

export async function wireApi(config: LocalApiConfig): Promise<LocalApi> {
  const { userPool, documents } = config;
  // The environment an AWS function of the service would have, with the emulators' endpoints.
  const settings = {
    TABLE_NAME: config.tableName,
    AWS_ENDPOINT_URL_DYNAMODB: config.dynamoDbEndpoint,
    AWS_ENDPOINT_URL_S3: documents.s3Endpoint,
    USER_POOL_ISSUER: userPool.issuer,
    USER_POOL_JWKS_URL: userPool.jwksUri,
    USER_POOL_USERINFO_URL: userPool.userInfoUrl,
    USER_POOL_CLIENT_IDS: userPool.clientIds.join(','),
    USER_POOL_REGISTRY_CLIENT_IDS: userPool.registryClientIds.join(','),
    PUBLIC_URL: config.publicUrl,
    DOCUMENTS_BUCKET: documents.bucket,
    DOCUMENT_VALIDITY_MONTHS: documents.validityMonths?.toString(),
  };
  const bus = makeInProcessBus((error) => config.onConsumerError?.(error), correlationId);
  const deps: LocalDependencies = {
    ...buildDependencies(
      {
        licences: build.licences,
        accounts: build.accounts,
        alertLog: build.alertLog,
        attempts: build.attempts,
        calendarFeeds: build.calendarFeeds,
        documents: build.documents,
        once: build.once,
        progress: build.progress,
        users: build.users,
        verifier: build.verifier,
        publicUrl: build.publicUrl,
        documentStorage: build.documentStorage,
        documentValidityMonths: build.documentValidityMonths,
        timeLeft: build.timeLeft,
      },
      settings,
    ),
    bus,
    clock: config.clock,
    notifier: config.notifier,
    documentRenderer: makeInProcessRenderer(signatureFrom(new CmsSigner(documents.signing))),
  };

  // The bus hands the alerts consumer what EventBridge would: the delivery, parsed at its entry.
  const alerts = lambdaEntry(makeAlertsHandler(deps), correlationIdOfDelivery);
  bus.subscribe((event) =>
    alerts(asEventBridgeDelivery(event), lambdaContext('send-alerts', LOCAL_TIMEOUT_MS)),
  );

  // What infra sets on the OpenAPI function in AWS: the document names the pool's absolute token URL.
  process.env.USER_POOL_DOMAIN_URL = config.userPool.domainUrl ?? config.userPool.issuer;
  const routes = await Promise.all(
    httpRoutes.map(async ({ spec, folder }) => {
      const module = (await import(`../../functions/${folder}/handler.ts`)) as HandlerModule;
      const entry = module.makeHandler ? apiEntry(module.makeHandler(deps)) : module.handler;
      if (!entry) throw new Error(`functions/${folder}/handler.ts exports no handler`);
      const handler: LambdaHandler = (event) => entry(event, lambdaContext(folder, LOCAL_TIMEOUT_MS));
      return { spec, handler };
    }),
  );
  return { deps, bus, routes };
}
