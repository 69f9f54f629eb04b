// Serves the built web front end (web/dist) when there is one, and otherwise a
// small page that says what runs here and how to sign in.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { PlainHandler } from '../gateway/index.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export function webHandler({
  distDir,
  placeholder,
}: {
  distDir: string;
  placeholder: () => string;
}): PlainHandler {
  return async (request, response) => {
    const path = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
    if (existsSync(join(distDir, 'index.html'))) {
      const file = normalize(join(distDir, path));
      const inside = file.startsWith(distDir) && existsSync(file) && extname(file) !== '';
      const served = inside ? file : join(distDir, 'index.html');
      response.writeHead(200, { 'content-type': types[extname(served)] ?? 'application/octet-stream' });
      return void response.end(await readFile(served));
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(placeholder());
  };
}
