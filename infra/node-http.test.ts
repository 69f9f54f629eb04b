import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import nodeHttp, * as shim from './node-http.ts';

const http = createRequire(import.meta.url)('node:http') as Record<string, unknown>;
/** The lazy getters whose reading loads undici: globals of Node 22, never imported from node:http. */
const LAZY_GLOBALS = ['WebSocket', 'CloseEvent', 'MessageEvent'];

describe('node:http as the bundles take it', () => {
  it('is the very module node:http is', () => {
    expect(nodeHttp).toBe(http);
  });

  it('exports every public export of node:http with its own value, but the lazy globals', () => {
    const publicNames = Object.keys(http).filter(
      (name) => !name.startsWith('_') && !LAZY_GLOBALS.includes(name),
    );
    const named = Object.fromEntries(Object.entries(shim).filter(([name]) => name !== 'default'));
    expect(Object.keys(named).sort()).toEqual(publicNames.sort());
    for (const name of publicNames) expect(named[name], name).toBe(http[name]);
  });
});
