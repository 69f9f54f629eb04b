// Short-lived server-side state keyed by a random value that travels through another site
// (FranceConnect's `state`): what to resume when the browser comes back.
import { randomBytes } from 'node:crypto';

export function pendingStates<T>(lifetimeMs: number) {
  const entries = new Map<string, { value: T; expiresAt: number }>();
  const peek = (key: string) => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) entries.delete(key);
    return entry && entry.expiresAt > Date.now() ? entry.value : undefined;
  };
  return {
    /** Keeps `value` and gives the random key that finds it again. */
    add(value: T): string {
      for (const key of entries.keys()) peek(key);
      const key = randomBytes(24).toString('base64url');
      entries.set(key, { value, expiresAt: Date.now() + lifetimeMs });
      return key;
    },
    peek,
    /** The value, which is then forgotten: a state is used once. */
    take(key: string): T | undefined {
      const value = peek(key);
      entries.delete(key);
      return value;
    },
  };
}
