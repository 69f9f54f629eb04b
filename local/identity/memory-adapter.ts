// Storage for an oidc-provider instance (sessions, interactions, codes, grants, tokens), in memory.
// Each provider gets its own store, unlike the library's module-wide development adapter, so the
// two stand-ins never see each other's records. Restarts drop sessions, as a new browser would.
import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  expiresAt: number | undefined;
}

/**
 * An adapter factory; `findClient` answers the lookups of clients that are not statically
 * configured, which lets a stand-in register clients after it started.
 */
export function memoryAdapter(findClient?: (clientId: string) => AdapterPayload | undefined): AdapterFactory {
  const entries = new Map<string, Entry>();
  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry?.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  const sweep = () => {
    for (const key of entries.keys()) live(key);
  };

  return (model: string): Adapter => {
    const key = (id: string) => `${model}:${id}`;
    const findWhere = (matches: (payload: AdapterPayload) => boolean) => {
      for (const [entryKey, entry] of entries) {
        if (entryKey.startsWith(key('')) && matches(entry.payload) && live(entryKey)) {
          return structuredClone(entry.payload);
        }
      }
      return undefined;
    };
    // The adapter interface is asynchronous; a map answers at once.
    return {
      upsert(id, payload, expiresIn) {
        sweep();
        const expiresAt = expiresIn === undefined ? undefined : Date.now() + expiresIn * 1000;
        entries.set(key(id), { payload: structuredClone(payload), expiresAt });
        return Promise.resolve();
      },
      find(id) {
        if (model === 'Client' && findClient) return Promise.resolve(findClient(id));
        const entry = live(key(id));
        return Promise.resolve(entry && structuredClone(entry.payload));
      },
      findByUid: (uid) => Promise.resolve(findWhere((payload) => payload.uid === uid)),
      findByUserCode: (userCode) => Promise.resolve(findWhere((payload) => payload.userCode === userCode)),
      consume(id) {
        const entry = live(key(id));
        if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
        return Promise.resolve();
      },
      destroy(id) {
        entries.delete(key(id));
        return Promise.resolve();
      },
      revokeByGrantId(grantId) {
        for (const [entryKey, entry] of entries) {
          if (entry.payload.grantId === grantId) entries.delete(entryKey);
        }
        return Promise.resolve();
      },
    };
  };
}
