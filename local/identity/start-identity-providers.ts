// Starts both local identity providers wired to each other: FranceConnect first, then the user
// pool, which FranceConnect then knows as its client.
import { randomBytes } from 'node:crypto';
import { startFranceConnect, type FranceConnectStandIn } from './franceconnect/index.ts';
import { startUserPool, type UserPool, type UserPoolOptions } from './user-pool/index.ts';

export const POOL_CLIENT_AT_FRANCECONNECT = 'permis-points-pool';

export interface IdentityProviders {
  pool: UserPool;
  franceConnect: FranceConnectStandIn;
  close(): Promise<void>;
}

export async function startIdentityProviders(
  options: Omit<UserPoolOptions, 'port' | 'franceConnect'> & {
    poolPort?: number;
    franceConnectPort?: number;
  },
): Promise<IdentityProviders> {
  const { poolPort, franceConnectPort, ...poolOptions } = options;
  const franceConnect = await startFranceConnect({ port: franceConnectPort, dataDir: options.dataDir });
  const pool = await startUserPool({
    ...poolOptions,
    port: poolPort,
    // Both ends live in this process: a secret made for this run is enough.
    franceConnect: {
      issuer: franceConnect.issuer,
      clientId: POOL_CLIENT_AT_FRANCECONNECT,
      clientSecret: randomBytes(24).toString('base64url'),
    },
  });
  franceConnect.registerClient(pool.franceConnectClient);
  return {
    pool,
    franceConnect,
    close: async () => {
      await pool.close();
      await franceConnect.close();
    },
  };
}
