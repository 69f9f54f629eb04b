// The process's logger lives with the runtime (functions/runtime): the HTTP layer logs through it.
export { logger } from '../runtime/observability.ts';
