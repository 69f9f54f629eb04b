// The invocation's deadline and correlation id, seen from below its entry: in a plain variable where Lambda
// runs one invocation at a time, in an AsyncLocalStorage where invocations share the process.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import {
  concurrentInvocationStore,
  correlationId,
  type Invocation,
  invocationStoreFor,
  remainingTime,
  runInvocation,
  singleInvocationStore,
} from './invocation.ts';

const invocation = (correlationId: string, deadline = Date.now() + 10_000): Invocation => ({
  deadline,
  correlationId,
});

describe('the store of one invocation at a time (Lambda)', () => {
  it('holds the invocation through its awaits and timers, and forgets it when it ends', async () => {
    const store = singleInvocationStore();
    const seen = await store.run(invocation('one'), async () => {
      const before = store.current()?.correlationId;
      await sleep(1);
      return [before, store.current()?.correlationId];
    });
    expect(seen).toEqual(['one', 'one']);
    expect(store.current()).toBeUndefined();
  });

  it('forgets it when it fails too', async () => {
    const store = singleInvocationStore();
    await expect(
      store.run(invocation('failing'), () => Promise.reject(new Error('the use case failed'))),
    ).rejects.toThrow('the use case failed');
    expect(store.current()).toBeUndefined();
  });
});

describe('the store of invocations that share a process (local runtime, tests)', () => {
  it('keeps each of two interleaved invocations its own', async () => {
    const store = concurrentInvocationStore();
    const observe = (id: string, pause: number) =>
      store.run(invocation(id), async () => {
        const seen = [store.current()?.correlationId];
        await sleep(pause);
        seen.push(store.current()?.correlationId);
        await new Promise((resolve) => setImmediate(resolve));
        seen.push(store.current()?.correlationId);
        return seen;
      });
    const [slow, fast] = await Promise.all([observe('slow', 20), observe('fast', 1)]);
    expect(slow).toEqual(['slow', 'slow', 'slow']);
    expect(fast).toEqual(['fast', 'fast', 'fast']);
    expect(store.current()).toBeUndefined();
  });
});

describe('the choice of store', () => {
  it('is a plain variable in Lambda, one invocation at a time', () => {
    expect(invocationStoreFor({ AWS_LAMBDA_FUNCTION_NAME: 'permis-points-get-my-statement' }).kind).toBe(
      'one-at-a-time',
    );
  });

  it('is AsyncLocalStorage under Lambda multi-concurrency, and outside Lambda', () => {
    expect(
      invocationStoreFor({
        AWS_LAMBDA_FUNCTION_NAME: 'permis-points-worker',
        AWS_LAMBDA_MAX_CONCURRENCY: '8',
      }).kind,
    ).toBe('concurrent');
    expect(invocationStoreFor({}).kind).toBe('concurrent');
  });
});

describe('what runs below an entry reads', () => {
  it('the time left before the deadline, and the correlation id; nothing outside an invocation', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-02T10:00:00Z') });
    try {
      expect(remainingTime()).toBe(Number.POSITIVE_INFINITY);
      expect(correlationId()).toBeUndefined();
      const [left, id] = await runInvocation(invocation('below', Date.now() + 5_000), async () => {
        await sleep(1);
        vi.setSystemTime(Date.now() + 1_200);
        return [remainingTime(), correlationId()];
      });
      expect(left).toBe(3_800);
      expect(id).toBe('below');
      expect(correlationId()).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
