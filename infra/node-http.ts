// Bundled in place of `node:http` (see bundlingOptions): the very same module, taken with
// process.getBuiltinModule instead of through the ES module facade Node builds for `import … from 'node:http'`.
// Building that facade reads every export, and http's lazy WebSocket, CloseEvent and MessageEvent getters load
// undici (with http2 and worker_threads): about 17 ms of CPU in every cold import that reaches @middy/util, which
// imports STATUS_CODES. The three are globals anyway; every other public export is here (esbuild refuses a bundle that imports one
// that is not).
import type * as nodeHttp from 'node:http';

const http: typeof nodeHttp = process.getBuiltinModule('node:http');

export default http;
export const {
  METHODS,
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
  maxHeaderSize,
  globalAgent,
} = http;
