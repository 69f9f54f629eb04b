// The whole local runtime for browser tests: the built web, on free ports and a fresh data folder,
// plus Debian's Chromium through playwright-core. One browser per suite; a context per journey.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../../support/chromium.ts';
import { startLocal, type LocalRuntime } from '../../../local/runtime/index.ts';
import { ensureWebBuilt } from '../../../web/build.ts';

export interface WebRuntime {
  runtime: LocalRuntime;
  browser: Browser;
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startWebRuntime(): Promise<WebRuntime> {
  await ensureWebBuilt();
  const dataDir = await mkdtemp(join(tmpdir(), 'pp-web-'));
  const runtime = await startLocal({
    dataDir,
    port: 0,
    poolPort: 0,
    franceConnectPort: 0,
    triggerEveryMs: 3_600_000,
  });
  const browser = await launchChromium();
  return {
    runtime,
    browser,
    async newContext() {
      const context = await browser.newContext({
        baseURL: runtime.url,
        viewport: { width: 375, height: 800 },
        locale: 'fr-FR',
        acceptDownloads: true,
      });
      context.setDefaultTimeout(10_000);
      return context;
    },
    async close() {
      await browser.close();
      await runtime.close();
    },
  };
}
