// Public face of local/server: HTTP server plumbing of the local runtime.
export { closeServer, listen, sendJson } from './server.ts';
