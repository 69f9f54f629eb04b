// The port through which the bridge keeps FranceConnect's id token, needed later for its logout.

export interface FranceConnectSessionStore {
  /** Keeps `idToken` for the FranceConnect subject `sub` until `expiresAt` (epoch seconds). */
  put(sub: string, idToken: string, expiresAt: number): Promise<void>;
  /** The kept id token, or `undefined` when none is kept or it expired. */
  get(sub: string): Promise<string | undefined>;
}
