// Public face of local/identity: the two OpenID providers of `npm start` (the user pool, playing
// Cognito, and FranceConnect v2) and the flows that sign in through them.
export {
  clientCredentials,
  createBrowser,
  findForm,
  FlowError,
  latestCode,
  logOutOfFranceConnect,
  logout,
  pageError,
  resetPassword,
  signInAtFranceConnect,
  signInWithFranceConnect,
  signInWithPassword,
  signUp,
  submitForm,
  type Browser,
  type PoolClient,
  type ReadCode,
  type Tokens,
  type Visit,
} from './drive-flows.ts';
export {
  demoIdentities,
  findDemoIdentity,
  franceConnectSubject,
  startFranceConnect,
  type DemoIdentity,
  type FranceConnectClient,
  type FranceConnectOptions,
  type FranceConnectStandIn,
} from './franceconnect/index.ts';
export {
  DEFAULT_FRANCECONNECT_LOGOUT_URI,
  DEFAULT_LOGOUT_URI,
  DEFAULT_WEB_REDIRECT_URI,
  MOBILE_CLIENT_ID,
  MOBILE_LOGOUT_URI,
  MOBILE_REDIRECT_URI,
  readRegistryClient,
  REGISTRY_CLIENT_ID,
  REGISTRY_SCOPE,
  startUserPool,
  WEB_CLIENT_ID,
  type RegistryClient,
  type UserPool,
  type UserPoolOptions,
} from './user-pool/index.ts';
export {
  POOL_CLIENT_AT_FRANCECONNECT,
  startIdentityProviders,
  type IdentityProviders,
} from './start-identity-providers.ts';
