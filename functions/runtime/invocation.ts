// What the current invocation knows about itself, reachable from anywhere below its entry point without
// threading it through every call: the time Lambda leaves it, and the correlation id of what it is doing.
//
// Held as AWS's own InvokeStore (@aws/lambda-invoke-store, which the Lambda runtime and Powertools use) holds
// the request id: in a plain variable where Lambda runs one invocation at a time in an execution environment,
// and in an AsyncLocalStorage only where invocations share a process (the local runtime and the tests, which
// serve every function in one; Lambda's multi-concurrency, opted into by AWS_LAMBDA_MAX_CONCURRENCY). On
// Node 22 an AsyncLocalStorage, once run, has every promise of the process pay its init hook, the SDK's many
// among them: docs/performance.md measures what that cost a request.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Invocation {
  /** Epoch milliseconds at which Lambda stops the invocation. */
  deadline: number;
  /** Carried from the API request to the events, messages and alerts it causes. */
  correlationId: string | undefined;
}

export interface InvocationStore {
  readonly kind: 'one-at-a-time' | 'concurrent';
  run<R>(invocation: Invocation, work: () => Promise<R>): Promise<R>;
  current(): Invocation | undefined;
}

/** One invocation at a time: the one running, forgotten when it ends. */
export function singleInvocationStore(): InvocationStore {
  let running: Invocation | undefined;
  return {
    kind: 'one-at-a-time',
    async run(invocation, work) {
      running = invocation;
      try {
        return await work();
      } finally {
        running = undefined;
      }
    },
    current: () => running,
  };
}

/** Any number at once, each seeing its own through its awaits, timers and callbacks. */
export function concurrentInvocationStore(): InvocationStore {
  const storage = new AsyncLocalStorage<Invocation>();
  return {
    kind: 'concurrent',
    run: (invocation, work) => storage.run(invocation, work),
    current: () => storage.getStore(),
  };
}

/** A plain variable where Lambda runs this process's invocations one at a time, else AsyncLocalStorage. */
export function invocationStoreFor(environment: NodeJS.ProcessEnv): InvocationStore {
  const oneAtATime =
    environment.AWS_LAMBDA_FUNCTION_NAME !== undefined &&
    environment.AWS_LAMBDA_MAX_CONCURRENCY === undefined;
  return oneAtATime ? singleInvocationStore() : concurrentInvocationStore();
}

// Chosen at the first invocation, from the environment Lambda gives the process.
let store: InvocationStore | undefined;

export function runInvocation<R>(invocation: Invocation, work: () => Promise<R>): Promise<R> {
  store ??= invocationStoreFor(process.env);
  return store.run(invocation, work);
}

/** Milliseconds left before the invocation is stopped; unbounded outside one (local runtime, tests). */
export function remainingTime(): number {
  const invocation = store?.current();
  return invocation ? invocation.deadline - Date.now() : Number.POSITIVE_INFINITY;
}

export function correlationId(): string | undefined {
  return store?.current()?.correlationId;
}
