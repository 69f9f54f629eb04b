// Public face of the FranceConnect bridge: the small endpoints between the user pool and
// FranceConnect v2 (DESIGN.md "Identity"), as use cases and Lambda handlers.
export { makeAuthorize } from './authorize.ts';
export {
  bridgeConfigFromEnvironment,
  franceConnectEndpoints,
  type BridgeConfig,
  type FranceConnectConfig,
  type UserPoolTokens,
} from './config.ts';
export { makeBridgeHandlers, type BridgeDependencies, type BridgeHandler } from './handlers.ts';
export {
  FRANCECONNECT_USERNAME_PREFIX,
  makeFranceConnectLogout,
  type FranceConnectEndSession,
} from './logout.ts';
export { logoutRoute } from './logout-route.ts';
export {
  makeRelayToken,
  SESSION_LIFETIME_SECONDS,
  type RelayedAnswer,
  type TokenRequest,
} from './relay-token.ts';
export type { FranceConnectSessionStore } from './session-store.ts';
export { makeVerifiedUserinfo, type UserinfoAnswer } from './verified-userinfo.ts';
