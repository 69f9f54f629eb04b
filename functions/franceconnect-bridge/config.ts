// Where FranceConnect v2 is and who the bridge is to it: read from the environment in AWS,
// given explicitly in tests and by the local user pool.

export interface FranceConnectConfig {
  /** FranceConnect's issuer, e.g. `https://fcp-low.sbx.dev-franceconnect.fr/api/v2`. */
  issuer: string;
  /** The client id FranceConnect gave this service: the audience of its signed userinfo. */
  clientId: string;
  jwksUrl: string;
}

export interface BridgeConfig {
  franceConnect: FranceConnectConfig;
  /** Where FranceConnect sends the browser after its logout (registered with FranceConnect). */
  postLogoutRedirectUri: string;
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

/**
 * The bridge configuration from FRANCECONNECT_ISSUER, FRANCECONNECT_CLIENT_ID,
 * FRANCECONNECT_JWKS_URL (defaults to the issuer's `/jwks`) and FRANCECONNECT_POST_LOGOUT_REDIRECT_URI.
 */
export function bridgeConfigFromEnvironment(environment: Record<string, string | undefined>): BridgeConfig {
  const issuer = required(environment, 'FRANCECONNECT_ISSUER');
  return {
    franceConnect: {
      issuer,
      clientId: required(environment, 'FRANCECONNECT_CLIENT_ID'),
      jwksUrl: environment.FRANCECONNECT_JWKS_URL || franceConnectEndpoints(issuer).jwks,
    },
    postLogoutRedirectUri: required(environment, 'FRANCECONNECT_POST_LOGOUT_REDIRECT_URI'),
  };
}
