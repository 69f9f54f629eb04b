// Public face of local/runtime: the whole service on one machine.
export {
  DOCUMENTS_BUCKET,
  startLocal,
  TABLE_NAME,
  type LocalOptions,
  type LocalRuntime,
} from './start-local.ts';
