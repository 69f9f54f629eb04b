import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '../runtime/index.ts';
import { captureSecurityEvents, recordSecurityEvent } from './security-events.ts';

afterEach(() => vi.restoreAllMocks());

describe('security events', () => {
  it('are logged as one structured warning each, named, with their fields', () => {
    const warn = vi.spyOn(logger, 'warn').mockImplementation(() => undefined);
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    recordSecurityEvent('token-refused', { reason: 'expired' });
    expect(warn).toHaveBeenCalledWith('security event', {
      securityEvent: 'token-refused',
      reason: 'expired',
    });
  });

  it('emit one CloudWatch metric per event, with the event name as dimension', async () => {
    // The suites silence metrics (vitest.config.ts); this test loads the module as Lambda does, with them on.
    vi.stubEnv('POWERTOOLS_METRICS_DISABLED', 'false');
    vi.resetModules();
    const fresh = await import('./security-events.ts');
    const { logger: freshLogger } = await import('../runtime/index.ts');
    vi.spyOn(freshLogger, 'warn').mockImplementation(() => undefined);
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      return true;
    });
    fresh.recordSecurityEvent('link-rate-limited', { scope: 'account' });
    vi.unstubAllEnvs();
    const emf = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .find((line) => '_aws' in line);
    expect(emf).toMatchObject({ event: 'link-rate-limited', SecurityEvent: 1 });
  });

  it('can be captured by a test instead of logged', () => {
    const seen: Parameters<typeof captureSecurityEvents>[0] = [];
    const restore = captureSecurityEvents(seen);
    recordSecurityEvent('link-refused', { reason: 'not-matched' });
    restore();
    expect(seen).toEqual([{ name: 'link-refused', fields: { reason: 'not-matched' } }]);
  });
});
