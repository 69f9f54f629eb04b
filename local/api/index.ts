// Public face of local/api: the API wired to the embedded stand-ins.
export { wireApi, type LocalApi, type LocalApiConfig } from './wire-api.ts';
