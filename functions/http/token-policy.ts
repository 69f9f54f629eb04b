// What the user pool issues, in one place: infra configures the Cognito app clients with these values, the
// local pool issues its tokens with them, and the API refuses any token that claims to live longer.

/** Access and ID tokens of every app client (Cognito's default, one hour). */
export const ACCESS_TOKEN_VALIDITY_SECONDS = 3600;
export const ID_TOKEN_VALIDITY_SECONDS = 3600;
/** Refresh tokens of the motorists' app clients. */
export const REFRESH_TOKEN_VALIDITY_DAYS = 30;
/**
 * Cognito's refresh-token rotation is off (the CDK app clients set no `refreshTokenRotationGracePeriod`):
 * a refresh grant answers new access and ID tokens and no new refresh token; the same refresh token works
 * until it expires or is revoked. The local pool does the same.
 */
export const REFRESH_TOKEN_ROTATION = false;
/**
 * How far in the future a token's `iat` (or past its `nbf`) may be. Cognito and Lambda both keep NTP
 * time, so any real skew is far below this; 5 minutes is the common allowance (Kerberos, aws-jwt-verify's
 * own `graceSeconds` users) and still refuses a token minted for later.
 */
export const CLOCK_SKEW_SECONDS = 300;
