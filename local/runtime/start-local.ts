// `npm start`: the whole service on this machine. The same handlers, use cases
// and adapters as in AWS, wired to embedded stand-ins: dynalite, an S3 emulator,
// two OpenID providers (the user pool and FranceConnect), an in-process event
// bus, a daily trigger on a clock that /local/clock moves, and an outbox.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, daysBetween } from '../../domain/calendar/index.ts';
import {
  makeSettableClock,
  parisDateOf,
  systemClock,
  type SettableClock,
} from '../../functions/adapters/clock.ts';
import { makeDocumentClient } from '../../functions/adapters/dynamodb.ts';
import { makeJobProgressStore } from '../../functions/adapters/job-progress.ts';
import { makeUpdateLicence } from '../../functions/licence-updates/index.ts';
import { makePutLicenceRecord } from '../../functions/put-licence-record/use-case.ts';
import { makeRecordRegistryEvent } from '../../functions/record-registry-event/use-case.ts';
import { makeRestorePoints, type RestorePoints } from '../../functions/restore-points/index.ts';
import { wireApi } from '../api/index.ts';
import { loadDemoDataOnce } from '../demo/index.ts';
import { makeGateway } from '../gateway/index.ts';
import { closeServer, listen } from '../server/index.ts';
import { startIdentityProviders, type IdentityProviders } from '../identity/index.ts';
import { openOutbox, type Outbox } from '../outbox/index.ts';
import { localSigningMaterial } from '../signing/index.ts';
import { startDynamoDb, startS3 } from '../storage/index.ts';
import { localRoutes } from './local-routes.ts';
import { webFiles } from './web-files.ts';

export const TABLE_NAME = 'permis-points';
export const DOCUMENTS_BUCKET = 'permis-points-documents';

export interface LocalOptions {
  dataDir: string;
  port?: number;
  poolPort?: number;
  franceConnectPort?: number;
  /** The built web front end to serve at `/`; web/dist unless told. */
  webDist?: string;
  /** Milliseconds between two checks of the daily trigger. */
  triggerEveryMs?: number;
  log?: (line: string) => void;
}

export interface LocalRuntime {
  url: string;
  poolUrl: string;
  franceConnectUrl: string;
  clock: SettableClock;
  outbox: Outbox;
  identity: IdentityProviders;
  restorePoints: RestorePoints;
  demoLoaded: boolean;
  close(): Promise<void>;
}

const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The clock remembers how far it was moved, so a restart keeps the simulated date moving with real time. */
async function restoredClock(file: string): Promise<SettableClock> {
  const clock = makeSettableClock();
  const saved = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as { shiftDays: number })
    .catch(() => ({ shiftDays: 0 }));
  if (saved.shiftDays) clock.set(addDays(systemClock.today(), saved.shiftDays));
  return clock;
}

function answerStarting(response: ServerResponse): void {
  response.writeHead(503, {
    'content-type': 'application/problem+json',
    'retry-after': '1',
    'cache-control': 'no-store',
  });
  response.end(
    JSON.stringify({
      type: 'https://permis-points.fr/problems/starting',
      code: 'starting',
      title: 'Démarrage en cours',
      status: 503,
      detail: 'Le service local démarre : réessayez dans un instant.',
    }),
  );
}

export async function startLocal(options: LocalOptions): Promise<LocalRuntime> {
  const { dataDir, log = () => {} } = options;
  await mkdir(dataDir, { recursive: true });
  const clockFile = join(dataDir, 'clock.json');
  const clock = await restoredClock(clockFile);
  const outbox = await openOutbox(join(dataDir, 'outbox.json'), () => clock.now());

  const gatewayServer = createServer();
  const port = await listen(gatewayServer, options.port ?? 3000);
  const url = `http://localhost:${port}`;

  const dynamo = await startDynamoDb({ path: join(dataDir, 'dynamodb'), tableName: TABLE_NAME });
  const s3 = await startS3({ directory: join(dataDir, 's3'), bucket: DOCUMENTS_BUCKET });
  const identity = await startIdentityProviders({
    dataDir,
    outbox,
    poolPort: options.poolPort ?? 3001,
    franceConnectPort: options.franceConnectPort ?? 3002,
    webRedirectUris: [`${url}/auth/callback`],
    logoutUris: [`${url}/`],
    franceConnectLogoutUris: [`${url}/auth/logged-out`],
    now: () => clock.now(),
  });
  const poolUrl = identity.pool.url;

  const api = await wireApi({
    dynamoDbEndpoint: dynamo.endpoint,
    tableName: TABLE_NAME,
    userPool: {
      issuer: poolUrl,
      jwksUri: identity.pool.jwksUrl,
      userInfoUrl: `${poolUrl}/oauth2/userInfo`,
      clientIds: [
        identity.pool.webClientId,
        identity.pool.mobileClientId,
        identity.pool.registryClient.clientId,
      ],
      registryClientIds: [identity.pool.registryClient.clientId],
    },
    clock,
    notifier: outbox,
    publicUrl: url,
    documents: {
      s3Endpoint: s3.endpoint,
      bucket: DOCUMENTS_BUCKET,
      signing: await localSigningMaterial(dataDir),
    },
    onConsumerError: (error) =>
      log(`alert consumer failed: ${error instanceof Error ? error.message : String(error)}`),
  });
  const client = makeDocumentClient({ endpoint: dynamo.endpoint });
  const updateLicence = makeUpdateLicence({ licences: api.deps.licences, bus: api.bus, clock });
  const restorePoints = makeRestorePoints({
    licences: api.deps.licences,
    updateLicence,
    progress: makeJobProgressStore({ client, tableName: TABLE_NAME }),
    clock,
  });

  // The daily trigger: at 00:05 (Europe/Paris) of each simulated day, the job runs and catches up what it missed.
  let running: Promise<unknown> = Promise.resolve();
  const runDailyJob = () => {
    const paris = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(clock.now());
    if (paris < '00:05') return running;
    running = running
      .then(() => restorePoints(clock.today()))
      .then(
        (report) =>
          report.days.length &&
          log(`daily job: ${report.days.length} day(s) run, ${report.changed.length} licence(s) changed`),
      )
      .catch((error: unknown) =>
        log(`daily job failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    return running;
  };

  // Until every part is up and the demo data is loaded, every request (health included) gets 503: nothing can
  // reach a part that is still starting, and health answers 200 only when the whole runtime is ready.
  let ready = false;
  const gateway = makeGateway({
    api: api.routes,
    authorizer: (token) => api.deps.verifier.claims(token),
    local: localRoutes({
      clock,
      restorePoints,
      outbox,
      deadLetters: () => api.bus.deadLetters(),
      onClockSet: async (today) => {
        await writeFile(
          clockFile,
          JSON.stringify({ shiftDays: today === null ? 0 : daysBetween(parisDateOf(new Date()), today) }),
        );
      },
    }),
    web: webFiles({
      distDir: options.webDist ?? defaultWebDist,
      settings: {
        authority: poolUrl,
        clientId: identity.pool.webClientId,
        redirectUri: `${url}/auth/callback`,
        postLogoutRedirectUri: `${url}/`,
        logoutUrl: `${poolUrl}/logout`,
        franceConnectLogoutUrl: identity.pool.bridgeLogoutUrl,
        franceConnectPostLogoutRedirectUri: `${url}/auth/logged-out`,
        apiBase: '',
      },
    }),
  });
  gatewayServer.on('request', (request: IncomingMessage, response: ServerResponse) =>
    ready ? gateway(request, response) : answerStarting(response),
  );

  const demoLoaded = await loadDemoDataOnce({
    dataDir,
    today: clock.today(),
    poolUrl,
    redirectUri: `${url}/auth/callback`,
    outbox,
    putLicenceRecord: makePutLicenceRecord({ updateLicence, clock }),
    recordRegistryEvent: makeRecordRegistryEvent({ updateLicence, clock }),
  });
  await runDailyJob();
  ready = true;
  const trigger = setInterval(() => void runDailyJob(), options.triggerEveryMs ?? 30_000);
  trigger.unref();

  return {
    url,
    poolUrl,
    franceConnectUrl: identity.franceConnect.url,
    clock,
    outbox,
    identity,
    restorePoints,
    demoLoaded,
    async close() {
      clearInterval(trigger);
      await running;
      await closeServer(gatewayServer);
      await identity.close();
      await s3.close();
      client.destroy();
      await dynamo.close();
    },
  };
}
