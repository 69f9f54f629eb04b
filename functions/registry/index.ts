// Public face of functions/registry: what the three registry routes share.
export { licenceNumberFromPath } from './licence-number-param.ts';
export * from './schemas.ts';
export { statementResponse } from './statement-response.ts';
export { expectedVersion, versionTag } from './version-tag.ts';
export { licenceHistoryFull } from './history-full.ts';
