import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { localSigningMaterial } from './index.ts';

describe('the local signing key', () => {
  it('is made on first start under the data folder and kept, so documents signed before a restart still verify', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'pp-signing-'));
    const first = await localSigningMaterial(dataDir);
    const second = await localSigningMaterial(dataDir);
    expect(second).toEqual(first);
    expect(((await stat(join(dataDir, 'signing', 'signing.json'))).mode & 0o777).toString(8)).toBe('600');
    const ca = new X509Certificate(await readFile(join(dataDir, 'signing', 'ca.pem')));
    const [signing] = first.certificatesPem.map((pem) => new X509Certificate(pem));
    expect(signing?.verify(ca.publicKey)).toBe(true);
    expect(signing?.ca).toBe(false);
    expect(ca.ca).toBe(true);
  });
});
