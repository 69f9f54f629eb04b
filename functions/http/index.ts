// Public face of functions/http: an HTTP route as one spec and one thin handler (middy's middlewares and the
// project's: the caller's token verified, the input validated, every refusal a problem+json answer), the
// problems themselves, the schemas several routes share, and the verification of the user pool's tokens.
export {
  httpRoute,
  lazyHandler,
  MAX_BODY_BYTES,
  REGISTRY_SCOPE,
  type HttpRequest,
  type HttpResult,
  type LambdaHandler,
  type ResponseSpec,
  type RouteAuth,
  type RouteSpec,
} from './route.ts';
export {
  HttpProblem,
  internalErrorResponse,
  problemResponse,
  problems,
  type FieldErrorInput,
  type Text,
} from './problem.ts';
export type { Language, Localised } from './language.ts';
export * from './schemas.ts';
export {
  checkLifetime,
  makeTokenVerifier,
  type Caller,
  type TokenRefusal,
  type TokenVerifier,
  type TokenVerifierConfig,
  VerifiedTokens,
} from './token-verifier.ts';
export * from './token-policy.ts';
