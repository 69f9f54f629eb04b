// Wires the API's handlers and adapters to the embedded stand-ins: the same
// use cases as in AWS, only the adapters' addresses differ.
import { makeAccountRepository } from '../../functions/adapters/account-repository.ts';
import { makeAttemptCounter } from '../../functions/adapters/attempt-counter.ts';
import { makeCalendarFeeds } from '../../functions/adapters/calendar-feeds.ts';
import type { Clock } from '../../functions/adapters/clock.ts';
import { makeDocumentRepository } from '../../functions/adapters/document-repository.ts';
import { CmsSigner, type SigningMaterial } from '../../functions/adapters/document-signer.ts';
import { makeDocumentStorage } from '../../functions/adapters/document-storage.ts';
import { makeDocumentClient } from '../../functions/adapters/dynamodb.ts';
import { makeInProcessBus, type InProcessBus } from '../../functions/adapters/event-bus.ts';
import { makeUserInfoDirectory } from '../../functions/adapters/identity-provider.ts';
import { makeLicenceRepository } from '../../functions/adapters/licence-repository.ts';
import type { Notifier } from '../../functions/adapters/notifications.ts';
import { makeOnceGuard } from '../../functions/adapters/once-guard.ts';
import { makeS3Client } from '../../functions/adapters/s3.ts';
import { makeInProcessRenderer, signatureFrom } from '../../functions/document-pdf/index.ts';
import type { LambdaHandler, RouteSpec } from '../../functions/http/route.ts';
import { makeTokenVerifier } from '../../functions/http/token-verifier.ts';
import { httpRoutes } from '../../functions/routes.ts';
import type { Dependencies } from '../../functions/runtime/dependencies.ts';
import { makeSendAlerts } from '../../functions/send-alerts/use-case.ts';

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

export interface LocalApi {
  deps: Dependencies;
  bus: InProcessBus;
  routes: { spec: RouteSpec; handler: LambdaHandler }[];
}

type HandlerModule = { makeHandler?: (deps: Dependencies) => LambdaHandler; handler?: LambdaHandler };

export async function wireApi(config: LocalApiConfig): Promise<LocalApi> {
  const client = makeDocumentClient({ endpoint: config.dynamoDbEndpoint });
  const { tableName, clock, notifier } = config;
  const bus = makeInProcessBus((error) => config.onConsumerError?.(error));
  const accounts = makeAccountRepository({ client, tableName });
  const deps: Dependencies = {
    licences: makeLicenceRepository({ client, tableName }),
    accounts,
    attempts: makeAttemptCounter({ client, tableName }),
    calendarFeeds: makeCalendarFeeds({ client, tableName }),
    bus,
    clock,
    notifier,
    users: makeUserInfoDirectory({ userInfoUrl: config.userPool.userInfoUrl }),
    verifier: makeTokenVerifier(config.userPool),
    publicUrl: config.publicUrl,
    documents: makeDocumentRepository({ client, tableName }),
    documentStorage: makeDocumentStorage({
      client: makeS3Client({ endpoint: config.documents.s3Endpoint }),
      bucket: config.documents.bucket,
    }),
    documentRenderer: makeInProcessRenderer(signatureFrom(new CmsSigner(config.documents.signing))),
    ...(config.documents.validityMonths ? { documentValidityMonths: config.documents.validityMonths } : {}),
  };
  const sendAlerts = makeSendAlerts({
    accounts,
    licences: deps.licences,
    notifier,
    once: makeOnceGuard({ client, tableName }),
    clock,
  });
  bus.subscribe(async (event) => void (await sendAlerts(event)));

  // What infra sets on the OpenAPI function in AWS: the document names the pool's absolute token URL.
  process.env.USER_POOL_DOMAIN_URL = config.userPool.domainUrl ?? config.userPool.issuer;
  const routes = await Promise.all(
    httpRoutes.map(async ({ spec, folder }) => {
      const module = (await import(`../../functions/${folder}/handler.ts`)) as HandlerModule;
      const handler = module.makeHandler ? module.makeHandler(deps) : module.handler;
      if (!handler) throw new Error(`functions/${folder}/handler.ts exports no handler`);
      return { spec, handler };
    }),
  );
  return { deps, bus, routes };
}
