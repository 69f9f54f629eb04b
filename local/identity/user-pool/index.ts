// Public face of the local user pool, the stand-in for Cognito under `npm start`.
export {
  MOBILE_CLIENT_ID,
  MOBILE_LOGOUT_URI,
  MOBILE_REDIRECT_URI,
  readRegistryClient,
  REGISTRY_CLIENT_ID,
  REGISTRY_SCOPE,
  WEB_CLIENT_ID,
  type RegistryClient,
} from './clients.ts';
export {
  DEFAULT_FRANCECONNECT_LOGOUT_URI,
  DEFAULT_LOGOUT_URI,
  DEFAULT_WEB_REDIRECT_URI,
  startUserPool,
  type UserPool,
  type UserPoolOptions,
} from './user-pool.ts';
