// Public face of local/lambda-http: Lambda handlers for API Gateway HTTP APIs served by a Node HTTP server.
export {
  invokeHttpApiHandler,
  readRequestBody,
  toHttpApiEvent,
  writeHttpApiResult,
  type HttpApiEvent,
  type HttpApiHandler,
  type HttpApiRoute,
  type JwtAuthorizerContext,
} from './lambda-http.ts';
export { lambdaContext } from './lambda-context.ts';
