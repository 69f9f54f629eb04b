// Public face of functions/runtime: the composition root every handler and the local runtime build from, and
// the entry layer every Lambda runs in (logs, metrics, correlation, deadline).
export * as build from './builders.ts';
export {
  buildDependencies,
  type Builder,
  type Builders,
  type Dependencies,
  type DependenciesOf,
  type Ports,
} from './dependencies.ts';
export {
  apiEntry,
  builtOnFirstCall,
  correlationIdOfRequest,
  lambdaEntry,
  type LambdaEntry,
} from './entry.ts';
export { environmentSchema, readEnvironment, type Environment } from './environment.ts';
export { correlationId, remainingTime, runInvocation } from './invocation.ts';
export { countBusinessEvent, logger, metrics, type BusinessEvent } from './observability.ts';
