// Serves the built web front end (web/dist) as CloudFront does in AWS: files by path, the SPA's
// index.html for every other address, and /config.json, the settings the deployed web reads.
import type { WebConfig } from '../../web/src/config.ts';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { PlainHandler } from '../gateway/index.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** What web/src/config.ts reads from /config.json: one type, the web's own, so that the two cannot drift. */
export type WebSettings = WebConfig;

// The same headers as the CloudFront response headers policy (infra/web-hosting.ts), so that a
// script the CSP would block in AWS is blocked here too.
export const securityHeaders = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' http://localhost:*; form-action 'self' http://localhost:*; frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
};

export function webFiles({ distDir, settings }: { distDir: string; settings: WebSettings }): PlainHandler {
  const root = normalize(distDir + sep);
  return async (request, response) => {
    const path = (request.url ?? '/').split('?')[0] ?? '/';
    if (path === '/config.json') {
      response.writeHead(200, { 'content-type': types['.json']!, 'cache-control': 'no-store' });
      return void response.end(JSON.stringify(settings));
    }
    const index = join(distDir, 'index.html');
    if (!existsSync(index)) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' });
      return void response.end(
        'The web front end is not built: run `npm run build:web` (npm start builds it).\n',
      );
    }
    let file: string;
    try {
      file = normalize(join(distDir, decodeURIComponent(path)));
    } catch {
      file = index;
    }
    const isFile = file.startsWith(root) && existsSync(file) && statSync(file).isFile();
    // A missing asset is a 404; any other address is a page of the SPA.
    if (!isFile && extname(path) !== '') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      return void response.end('Not found\n');
    }
    const served = isFile ? file : index;
    response.writeHead(200, {
      'content-type': types[extname(served)] ?? 'application/octet-stream',
      // Hashed assets never change; the page itself is always checked.
      'cache-control': served.includes(`${sep}assets${sep}`)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
      ...securityHeaders,
    });
    response.end(await readFile(served));
  };
}
