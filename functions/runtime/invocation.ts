// What the current invocation knows about itself, reachable from anywhere below its entry point without
// threading it through every call: the time Lambda leaves it, and the correlation id of what it is doing.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Invocation {
  /** Epoch milliseconds at which Lambda stops the invocation. */
  deadline: number;
  /** Carried from the API request to the events, messages and alerts it causes. */
  correlationId: string | undefined;
}

const current = new AsyncLocalStorage<Invocation>();

export function runInvocation<R>(invocation: Invocation, work: () => Promise<R>): Promise<R> {
  return current.run(invocation, work);
}

/** Milliseconds left before the invocation is stopped; unbounded outside one (local runtime, tests). */
export function remainingTime(): number {
  const invocation = current.getStore();
  return invocation ? invocation.deadline - Date.now() : Number.POSITIVE_INFINITY;
}

export function correlationId(): string | undefined {
  return current.getStore()?.correlationId;
}
