// The token verifier remembers the tokens it verified until they expire: a warm function verifies a
// motorist's token once, and a remembered token is still refused, and logged, once its `exp` has passed.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureSecurityEvents, type SecurityEventFields } from '../adapters/security-events.ts';
import { startTestIdentity, type TestIdentity } from '../../test/support/test-identity.ts';
import type { Caller } from '../use-case/index.ts';
import { makeTokenVerifier, VerifiedTokens, type TokenVerifier } from './token-verifier.ts';

let identity: TestIdentity;
let verifier: TokenVerifier;
const events: { name: string; fields: SecurityEventFields }[] = [];
let restore = () => {};

beforeAll(async () => {
  identity = await startTestIdentity();
  verifier = makeTokenVerifier({
    issuer: identity.issuer,
    jwksUri: identity.jwksUri,
    clientIds: [identity.webClientId],
    registryClientIds: [],
  });
  restore = captureSecurityEvents(events as never);
});
afterAll(async () => {
  restore();
  await identity.close();
});
afterEach(() => {
  vi.useRealTimers();
  events.length = 0;
});
const refusals = () =>
  events.filter(({ name }) => name === 'token-refused').map(({ fields }) => fields.reason);

describe('a verified token', () => {
  it('is answered from memory on its next call, the same caller, which nobody can change', async () => {
    const token = await identity.motorist('remembered');
    const first = await verifier.verify(token);
    expect(first).toMatchObject({
      accountId: 'remembered',
      identityProvider: 'email',
      scopes: ['openid', 'email', 'profile'],
    });
    expect(await verifier.verify(token)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.scopes)).toBe(true);
  });

  it('is refused, and the refusal logged, once it has expired, though it was taken before', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    const token = await identity.token({ sub: 'expiring', expiresInSeconds: 600 });
    expect(await verifier.verify(token)).toMatchObject({ accountId: 'expiring' });
    vi.setSystemTime(Date.now() + 599_000);
    expect(await verifier.verify(token)).toMatchObject({ accountId: 'expiring' });
    vi.setSystemTime(Date.now() + 2_000);
    expect(await verifier.verify(token)).toBeUndefined();
    expect(await verifier.verify(token)).toBeUndefined();
    expect(refusals()).toEqual(['expired', 'expired']);
  });

  it('is remembered only when genuine: a refused token is verified, and logged, on every call', async () => {
    const token = await identity.token({ sub: 'stranger', signWith: 'stranger' });
    expect(await verifier.verify(token)).toBeUndefined();
    expect(await verifier.verify(token)).toBeUndefined();
    expect(refusals()).toEqual(['bad-signature', 'bad-signature']);
  });
});

describe('the memory of verified tokens', () => {
  const caller = (accountId: string): Caller => ({
    accountId,
    identityProvider: 'email',
    clientId: 'web',
    scopes: [],
    accessToken: accountId,
  });

  it('holds at most its capacity, forgetting the oldest first', () => {
    const tokens = new VerifiedTokens<Caller>(2);
    tokens.add('a', caller('a'), 2000);
    tokens.add('b', caller('b'), 2000);
    tokens.add('c', caller('c'), 2000);
    expect(tokens.size).toBe(2);
    expect(tokens.get('a', 1000)).toBeUndefined();
    expect(tokens.get('b', 1000)?.accountId).toBe('b');
    expect(tokens.get('c', 1000)?.accountId).toBe('c');
  });

  it('forgets nothing when a token it holds is added again (two first calls of one token at once)', () => {
    const tokens = new VerifiedTokens<Caller>(2);
    tokens.add('a', caller('a'), 2000);
    tokens.add('b', caller('b'), 2000);
    tokens.add('b', caller('b'), 2000);
    expect(tokens.get('a', 1000)?.accountId).toBe('a');
    expect(tokens.get('b', 1000)?.accountId).toBe('b');
  });

  it('answers up to the second of exp, as aws-jwt-verify does, and forgets the token after', () => {
    const tokens = new VerifiedTokens<Caller>();
    tokens.add('a', caller('a'), 2000);
    expect(tokens.get('a', 2000)?.accountId).toBe('a');
    expect(tokens.get('a', 2000.001)).toBeUndefined();
    expect(tokens.size).toBe(0);
  });
});
