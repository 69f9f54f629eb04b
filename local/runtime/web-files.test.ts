// The web front end as the local runtime serves it: files, the SPA's page for its addresses, the
// settings at /config.json, and nothing outside the build folder.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer, listen } from '../server/index.ts';
import { webFiles, type WebSettings } from './web-files.ts';

const settings: WebSettings = {
  authority: 'http://localhost:1',
  clientId: 'web',
  redirectUri: 'http://localhost:2/auth/callback',
  postLogoutRedirectUri: 'http://localhost:2/',
  logoutUrl: 'http://localhost:1/logout',
  franceConnectLogoutUrl: 'http://localhost:1/franceconnect/logout',
  franceConnectPostLogoutRedirectUri: 'http://localhost:2/auth/logged-out',
  apiBase: '',
};
const server = createServer();
let base: string;

beforeAll(async () => {
  const dist = await mkdtemp(join(tmpdir(), 'pp-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  await writeFile(join(dist, '..', 'secret.txt'), 'outside');
  const serve = webFiles({ distDir: dist, settings });
  server.on('request', (request, response) => void serve(request, response));
  base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
});
afterAll(() => closeServer(server));

describe('the local web files', () => {
  it('answers every address of the SPA with its page, with the security headers of CloudFront', async () => {
    for (const path of ['/', '/mes-points', '/verifier/RIR-1?code=abc']) {
      const response = await fetch(base + path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>app</title>');
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('serves hashed assets as immutable and a missing one as 404', async () => {
    const asset = await fetch(`${base}/assets/app-1234.js`);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('serves the web settings at /config.json', async () => {
    expect(await (await fetch(`${base}/config.json`)).json()).toEqual(settings);
  });

  it('never serves a file outside the build folder', async () => {
    // An escaped slash survives URL normalisation and only becomes `../` once decoded.
    const response = await fetch(`${base}/..%2fsecret.txt`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside');
  });
});
