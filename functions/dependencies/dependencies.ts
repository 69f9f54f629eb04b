// The composition root: every port a handler may use, and the one way each is built from the settings (the
// environment in AWS, an object with the same names locally). A handler names the ports it uses, so its
// bundle carries those adapters only, and the settings they need are checked together at its cold start.
import type { AccountRepository } from '../adapters/account-repository.ts';
import type { AlertLog } from '../adapters/alert-log.ts';
import type { AttemptCounter } from '../adapters/attempt-counter.ts';
import type { CalendarFeeds } from '../adapters/calendar-feeds.ts';
import type { Clock } from '../adapters/clock.ts';
import type { DocumentRenderer } from '../adapters/document-renderer.ts';
import type { DocumentRepository } from '../adapters/document-repository.ts';
import type { DocumentStorage } from '../adapters/document-storage.ts';
import type { EventBus } from '../adapters/event-bus.ts';
import type { FranceConnectSessionStore } from '../franceconnect-bridge/index.ts';
import type { UserDirectory } from '../adapters/identity-provider.ts';
import type { JobProgressStore } from '../adapters/job-progress.ts';
import type { LicenceRepository } from '../adapters/licence-repository.ts';
import type { Notifier } from '../adapters/notifications.ts';
import type { OnceGuard } from '../adapters/once-guard.ts';
import type { WorkQueue } from '../adapters/work-queue.ts';
import type { DocumentSignature } from '../document-pdf/index.ts';
import type { TokenVerifier } from '../http/index.ts';
import { readEnvironment, type Environment, type EnvironmentName } from './environment.ts';

export interface Dependencies {
  licences: LicenceRepository;
  accounts: AccountRepository;
  /** The alerts each account received. */
  alertLog: AlertLog;
  attempts: AttemptCounter;
  calendarFeeds: CalendarFeeds;
  documents: DocumentRepository;
  /** Acting once on an event delivered at least once. */
  once: OnceGuard;
  /** How far the daily restoration has been planned. */
  progress: JobProgressStore;
  /** FranceConnect id tokens kept by the bridge until logout. */
  sessions: FranceConnectSessionStore;
  bus: EventBus;
  clock: Clock;
  /** Milliseconds before the invocation is stopped: retries end in time to answer. */
  timeLeft: () => number;
  /** E-mails, and letters by post. */
  notifier: Notifier;
  users: UserDirectory;
  verifier: TokenVerifier;
  /** The public base URL of the service (for links in documents and calendar feeds). */
  publicUrl: string;
  documentStorage: DocumentStorage;
  /** Turns a document into its signed PDF (the PDF function in AWS). */
  documentRenderer: DocumentRenderer;
  /** Signs the PDFs (in the PDF function only). */
  documentSignature: () => Promise<DocumentSignature>;
  /** Months a RIR or RII is valid (four when absent). */
  documentValidityMonths: number | undefined;
  /** The restoration's shard-days, one message each. */
  restorationQueue: WorkQueue;
}

export type Ports<K extends keyof Dependencies> = Pick<Dependencies, K>;

/** The ports a set of builders makes: what a handler built from them may use. */
export type DependenciesOf<B> = { [K in keyof B & keyof Dependencies]: Dependencies[K] };

/** What the builders of one buildDependencies call share (one DynamoDB client, made by the first that needs it). */
export type Shared = Map<string, unknown>;

/** How one port is built: the settings it needs, and the adapter made from them. */
export interface Builder<K extends keyof Dependencies, N extends EnvironmentName = EnvironmentName> {
  needs: readonly N[];
  build(settings: Pick<Environment, N>, shared: Shared): Dependencies[K];
}

export type Builders = { [K in keyof Dependencies]: Builder<K> };

/** Builds the ports of `builders` from `source` (the environment unless told); every missing setting is named at once. */
export function buildDependencies<B extends Partial<Builders>>(
  builders: B,
  source: Record<string, string | undefined> = process.env,
  options: { instrument?: <Client>(client: Client) => Client } = {},
): DependenciesOf<B> {
  const entries = Object.entries(builders) as [keyof Dependencies, Builder<keyof Dependencies>][];
  const needs = new Set<EnvironmentName>(entries.flatMap(([, builder]) => builder.needs));
  const settings = readEnvironment([...needs], source);
  const shared: Shared = new Map(options.instrument ? [['instrument', options.instrument]] : []);
  return Object.fromEntries(
    entries.map(([name, builder]) => [name, builder.build(settings, shared)]),
  ) as DependenciesOf<B>;
}
