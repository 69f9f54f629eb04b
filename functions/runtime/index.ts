// Public face of functions/runtime: the entry layer every Lambda runs in (logs with the Lambda context,
// metrics, the correlation id, the invocation's deadline).
export {
  apiEntry,
  builtOnFirstCall,
  correlationIdOfRequest,
  lambdaEntry,
  type LambdaEntry,
} from './entry.ts';
export { correlationId, remainingTime, runInvocation } from './invocation.ts';
export { countBusinessEvent, logger, metrics, type BusinessEvent } from './observability.ts';
