// Where FranceConnect v2 is and who the bridge is to it: read from the environment in AWS,
// given explicitly in tests and by the local user pool.

export interface FranceConnectConfig {
  /** FranceConnect's issuer, e.g. `https://fcp-low.sbx.dev-franceconnect.fr/api/v2`. */
  issuer: string;
  /** The client id FranceConnect gave this service: the audience of its signed userinfo. */
  clientId: string;
  jwksUrl: string;
}

/** Whose access tokens the logout step takes: the user pool's, issued to the motorists' app clients. */
export interface UserPoolTokens {
  issuer: string;
  jwksUri: string;
  clientIds: string[];
}

export interface BridgeConfig {
  franceConnect: FranceConnectConfig;
  /**
   * Where FranceConnect may send the browser after its logout: each registered with FranceConnect, and
   * the only addresses an app may ask for (no open redirect).
   */
  postLogoutRedirectUris: string[];
  userPool: UserPoolTokens;
}

export const franceConnectEndpoints = (issuer: string) => ({
  authorize: `${issuer}/authorize`,
  token: `${issuer}/token`,
  userinfo: `${issuer}/userinfo`,
  endSession: `${issuer}/session/end`,
  jwks: `${issuer}/jwks`,
});

function required(environment: Record<string, string | undefined>, name: string): string {
  const value = environment[name];
  if (!value) throw new Error(`The environment variable ${name} is missing.`);
  return value;
}

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The bridge configuration from FRANCECONNECT_ISSUER, FRANCECONNECT_CLIENT_ID, FRANCECONNECT_JWKS_URL
 * (defaults to the issuer's `/jwks`), FRANCECONNECT_POST_LOGOUT_REDIRECT_URIS (comma-separated), and
 * the user pool's USER_POOL_ISSUER, USER_POOL_JWKS_URL and USER_POOL_CLIENT_IDS (comma-separated).
 */
export function bridgeConfigFromEnvironment(environment: Record<string, string | undefined>): BridgeConfig {
  const issuer = required(environment, 'FRANCECONNECT_ISSUER');
  return {
    franceConnect: {
      issuer,
      clientId: required(environment, 'FRANCECONNECT_CLIENT_ID'),
      jwksUrl: environment.FRANCECONNECT_JWKS_URL || franceConnectEndpoints(issuer).jwks,
    },
    postLogoutRedirectUris: list(required(environment, 'FRANCECONNECT_POST_LOGOUT_REDIRECT_URIS')),
    userPool: {
      issuer: required(environment, 'USER_POOL_ISSUER'),
      jwksUri: required(environment, 'USER_POOL_JWKS_URL'),
      clientIds: list(required(environment, 'USER_POOL_CLIENT_IDS')),
    },
  };
}
