import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeLocalSigningMaterial } from '../../local/signing/index.ts';
import { CmsSigner, signingMaterialFromSecret } from './document-signer.ts';

const run = promisify(execFile);

describe('the CMS signer', () => {
  it('makes a detached signature OpenSSL verifies up to the CA, with the signing certificate bound in', async () => {
    const material = makeLocalSigningMaterial();
    const signer = new CmsSigner(material);
    const content = Buffer.from('%PDF-1.7 the signed byte range');
    const folder = await mkdtemp(join(tmpdir(), 'pp-cms-'));
    await writeFile(join(folder, 'signature.der'), await signer.sign(content));
    await writeFile(join(folder, 'content.bin'), content);
    await writeFile(join(folder, 'ca.pem'), material.caCertificatePem);
    const verify = (file: string) =>
      run('openssl', [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        join(folder, 'signature.der'),
        '-content',
        join(folder, file),
        '-CAfile',
        join(folder, 'ca.pem'),
        '-purpose',
        'any',
        '-out',
        '/dev/null',
      ]);
    await expect(verify('content.bin')).resolves.toBeDefined();
    await writeFile(join(folder, 'changed.bin'), Buffer.from('%PDF-1.7 the signed byte rangE'));
    await expect(verify('changed.bin')).rejects.toThrow();
    const { stdout } = await run('openssl', [
      'cms',
      '-cmsout',
      '-print',
      '-inform',
      'DER',
      '-in',
      join(folder, 'signature.der'),
    ]);
    expect(stdout).toContain('signingCertificateV2');
    expect(signer.signerName).toBe('permis-points local document signing');
  });

  it('refuses a key that does not belong to the signing certificate', () => {
    const one = makeLocalSigningMaterial();
    const other = makeLocalSigningMaterial();
    expect(() => new CmsSigner({ ...one, privateKeyPem: other.privateKeyPem })).toThrow(/does not match/);
  });
});

describe('the signing secret', () => {
  afterEach(() => void vi.unstubAllEnvs());

  it('is read through the Lambda secrets extension with the session token, and must hold a key and a chain', async () => {
    const material = makeLocalSigningMaterial();
    const asked: { url: string; token: string | null }[] = [];
    const extension = (secret: unknown) =>
      (async (url: string, init?: RequestInit) => {
        asked.push({
          url: String(url),
          token: new Headers(init?.headers).get('x-aws-parameters-secrets-token'),
        });
        return Response.json({ SecretString: JSON.stringify(secret) });
      }) as typeof fetch;
    vi.stubEnv('AWS_SESSION_TOKEN', 'session');
    const read = await signingMaterialFromSecret({
      secretId: 'arn:aws:secretsmanager:eu-west-3:1:secret:signing',
      port: 2773,
      fetch: extension({ privateKeyPem: material.privateKeyPem, certificatesPem: material.certificatesPem }),
    });
    expect(read.certificatesPem).toEqual(material.certificatesPem);
    expect(asked[0]).toEqual({
      url: 'http://localhost:2773/secretsmanager/get?secretId=arn%3Aaws%3Asecretsmanager%3Aeu-west-3%3A1%3Asecret%3Asigning',
      token: 'session',
    });
    await expect(
      signingMaterialFromSecret({ secretId: 's', fetch: extension({ p12: 'x' }) }),
    ).rejects.toThrow(/privateKeyPem/);
  });
});
