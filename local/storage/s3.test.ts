import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_S3_CREDENTIALS } from '../../functions/adapters/document-storage.ts';
import { startS3, type LocalS3 } from './index.ts';

let s3: LocalS3;

beforeAll(async () => {
  s3 = await startS3({ directory: await mkdtemp(join(tmpdir(), 'pp-s3-')), bucket: 'documents' });
});
afterAll(() => s3.close());

// The SDK as the reference client: the emulator checks its signatures as S3 does.
const sdkClient = () =>
  new S3Client({
    region: 'eu-west-3',
    endpoint: s3.endpoint,
    forcePathStyle: true,
    credentials: LOCAL_S3_CREDENTIALS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });

describe('the local S3 emulator', () => {
  it('serves a presigned link and refuses it tampered, for another object, or expired', async () => {
    const client = sdkClient();
    await client.send(
      new PutObjectCommand({
        Bucket: 'documents',
        Key: 'rir/a.pdf',
        Body: '%PDF-1.7',
        ContentType: 'application/pdf',
      }),
    );
    const url = await getSignedUrl(client, new GetObjectCommand({ Bucket: 'documents', Key: 'rir/a.pdf' }), {
      expiresIn: 60,
    });
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('%PDF-1.7');
    const signature = /X-Amz-Signature=([0-9a-f]+)/.exec(url)?.[1] ?? '';
    const flipped = signature.replace(/^./, (first) => (first === '0' ? '1' : '0'));
    expect((await fetch(url.replace(signature, flipped))).status).toBe(403);
    expect((await fetch(url.replace('rir/a.pdf', 'rir/b.pdf'))).status).toBe(403);
    const signedAt = new Date(Date.now() - 120_000);
    const expired = await getSignedUrl(
      client,
      new GetObjectCommand({ Bucket: 'documents', Key: 'rir/a.pdf' }),
      { expiresIn: 60, signingDate: signedAt },
    );
    expect((await fetch(expired)).status).toBe(403);
  });
});
