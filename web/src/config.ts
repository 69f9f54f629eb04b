// The deployment's settings, read at start from /config.json: written by the local runtime, and at
// deploy time in AWS. Nothing environment-specific is built into the bundle.
export interface WebConfig {
  /** The user pool's issuer (OpenID discovery lives under it). */
  authority: string;
  clientId: string;
  redirectUri: string;
  /** Where the pool's logout sends the browser back. */
  postLogoutRedirectUri: string;
  /** The pool's Cognito-style logout endpoint (`?client_id&logout_uri`): it ends the pool's session only. */
  logoutUrl: string;
  /** The FranceConnect bridge's logout step: FranceConnect's logout address for a FranceConnect user. */
  franceConnectLogoutUrl: string;
  /** Where FranceConnect sends the browser back after its logout: this origin's `/auth/logged-out`. */
  franceConnectPostLogoutRedirectUri: string;
  /** The API's origin; empty when it is this origin (CloudFront and `npm start` route /v1/* to it). */
  apiBase: string;
}

export async function loadConfig(): Promise<WebConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  return (await response.json()) as WebConfig;
}
