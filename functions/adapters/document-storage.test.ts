import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3, type LocalS3 } from '../../local/storage/index.ts';
import { aRecordingFetch, roleCredentials } from '../../test/support/recording-fetch.ts';
import { LOCAL_S3_CREDENTIALS, makeDocumentStorage } from './document-storage.ts';

const PDF = new TextEncoder().encode('%PDF-1.7 signed');
const SPACED_KEY = 'documents/dossier été/RIR 2026+1.pdf';

let s3: LocalS3;

beforeAll(async () => {
  s3 = await startS3({ directory: await mkdtemp(join(tmpdir(), 'pp-storage-')), bucket: 'documents' });
});
afterAll(() => s3.close());

/** Storage on the emulator, signing with its account (and, if given, a session token). */
const onTheEmulator = (options: { now?: () => Date; sessionToken?: string } = {}) =>
  makeDocumentStorage({
    bucket: 'documents',
    endpoint: s3.endpoint,
    credentials: () => ({ ...LOCAL_S3_CREDENTIALS, sessionToken: options.sessionToken }),
    ...(options.now ? { now: options.now } : {}),
  });

describe('the documents bucket, on the S3 emulator that checks signatures', () => {
  it('stores a PDF that its link downloads as an attachment for five minutes', async () => {
    const storage = onTheEmulator();
    await storage.put('documents/a.pdf', PDF);
    const before = Date.now();
    const link = await storage.downloadLink('documents/a.pdf', 'RIR-ABC-DEF-GHJ.pdf');
    const answer = await fetch(link.url);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="RIR-ABC-DEF-GHJ.pdf"');
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(new Uint8Array(await answer.arrayBuffer())).toEqual(PDF);
    const lifetime = Date.parse(link.expiresAt) - before;
    expect(lifetime).toBeGreaterThan(299_000);
    expect(lifetime).toBeLessThanOrEqual(300_000 + 1000);
    expect(new URL(link.url).searchParams.get('X-Amz-Expires')).toBe('300');
  });

  it('gives links that are refused once changed, for another object, or expired', async () => {
    const storage = onTheEmulator();
    await storage.put('documents/b.pdf', PDF);
    await storage.put('documents/c.pdf', PDF);
    const { url } = await storage.downloadLink('documents/b.pdf', 'b.pdf');
    const signature = new URL(url).searchParams.get('X-Amz-Signature') ?? '';
    const flipped = signature.replace(/^./, (first) => (first === '0' ? '1' : '0'));
    expect((await fetch(url.replace(signature, flipped))).status).toBe(403);
    expect((await fetch(url.replace('attachment', 'inline'))).status).toBe(403);
    expect((await fetch(url.replace('documents/b.pdf', 'documents/c.pdf'))).status).toBe(403);
    expect((await fetch(url.replace('X-Amz-Expires=300', 'X-Amz-Expires=600'))).status).toBe(403);

    const sixMinutesAgo = onTheEmulator({ now: () => new Date(Date.now() - 6 * 60 * 1000) });
    const expired = await sixMinutesAgo.downloadLink('documents/b.pdf', 'b.pdf');
    expect((await fetch(expired.url)).status).toBe(403);
    const fourMinutesAgo = onTheEmulator({ now: () => new Date(Date.now() - 4 * 60 * 1000) });
    expect((await fetch((await fourMinutesAgo.downloadLink('documents/b.pdf', 'b.pdf')).url)).status).toBe(
      200,
    );
  });

  it('signs a key with spaces, accents and a plus sign: stored, downloaded and removed under that key', async () => {
    const storage = onTheEmulator();
    await storage.put(SPACED_KEY, PDF);
    const { url } = await storage.downloadLink(SPACED_KEY, 'RIR.pdf');
    expect(new URL(url).pathname).toBe('/documents/documents/dossier%20%C3%A9t%C3%A9/RIR%202026%2B1.pdf');
    expect(new Uint8Array(await (await fetch(url)).arrayBuffer())).toEqual(PDF);
    await storage.remove(SPACED_KEY);
    expect((await fetch(url)).status).toBe(404);
  });

  it('sends the session token with every request and signs it into the link', async () => {
    const storage = onTheEmulator({ sessionToken: 'FwoGZXIvYXdzE+session/token==' });
    await storage.put('documents/token.pdf', PDF);
    const { url } = await storage.downloadLink('documents/token.pdf', 'token.pdf');
    expect(new URL(url).searchParams.get('X-Amz-Security-Token')).toBe('FwoGZXIvYXdzE+session/token==');
    expect((await fetch(url)).status).toBe(200);
    expect(
      (await fetch(url.replace(/X-Amz-Security-Token=[^&]+/, 'X-Amz-Security-Token=other'))).status,
    ).toBe(403);
    await storage.remove('documents/token.pdf');
  });

  it('removes a PDF, after which its link finds nothing', async () => {
    const storage = onTheEmulator();
    await storage.put('documents/d.pdf', PDF);
    const { url } = await storage.downloadLink('documents/d.pdf', 'd.pdf');
    await storage.remove('documents/d.pdf');
    expect((await fetch(url)).status).toBe(404);
  });

  it('fails, naming the operation and the status, when S3 refuses a request', async () => {
    const stranger = makeDocumentStorage({
      bucket: 'documents',
      endpoint: s3.endpoint,
      credentials: () => ({ accessKeyId: 'S3RVER', secretAccessKey: 'not-the-secret' }),
    });
    await expect(stranger.put('documents/e.pdf', PDF)).rejects.toThrow(/^S3 PutObject failed \(403\)/);
    await expect(stranger.remove('documents/e.pdf')).rejects.toThrow(/^S3 DeleteObject failed \(403\)/);
    const elsewhere = makeDocumentStorage({
      bucket: 'no-such-bucket',
      endpoint: s3.endpoint,
      credentials: () => LOCAL_S3_CREDENTIALS,
    });
    await expect(elsewhere.put('documents/e.pdf', PDF)).rejects.toThrow(/^S3 PutObject failed \(404\)/);
  });
});

describe('the documents bucket, in AWS', () => {
  const { fetch, sent } = aRecordingFetch(
    ({ init }) => new Response(null, { status: init.method === 'DELETE' ? 204 : 200 }),
  );
  const storage = makeDocumentStorage({
    bucket: 'permis-points-documents',
    region: 'eu-west-3',
    credentials: roleCredentials,
    fetch,
  });

  it("puts the PDF at the bucket's virtual-hosted address, its bytes hashed and signed with the role", async () => {
    await storage.put('documents/a.pdf', PDF);
    const [call] = sent.splice(0);
    expect(call?.url).toBe('https://permis-points-documents.s3.eu-west-3.amazonaws.com/documents/a.pdf');
    expect(call?.init.method).toBe('PUT');
    const headers = new Headers(call?.init.headers);
    expect(headers.get('content-type')).toBe('application/pdf');
    expect(headers.get('x-amz-content-sha256')).toBe(createHash('sha256').update(PDF).digest('hex'));
    expect(headers.get('x-amz-security-token')).toBe('session');
    expect(headers.get('authorization')).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKID\/\d{8}\/eu-west-3\/s3\/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date;x-amz-security-token, /,
    );
    expect(headers.has('host')).toBe(false);
    expect(call?.init.body).toEqual(PDF);
  });

  it('deletes with a signed DELETE of the object', async () => {
    await storage.remove('documents/a.pdf');
    const [call] = sent.splice(0);
    expect(call?.init.method).toBe('DELETE');
    expect(call?.url).toBe('https://permis-points-documents.s3.eu-west-3.amazonaws.com/documents/a.pdf');
    expect(new Headers(call?.init.headers).get('authorization')).toMatch(/\/s3\/aws4_request, /);
  });

  it('links to the object where the AWS SDK presigns it, with the parameters S3 documents', async () => {
    const { url } = await storage.downloadLink(SPACED_KEY, 'RIR.pdf');
    const sdk = await getSignedUrl(
      new S3Client({ region: 'eu-west-3', credentials: roleCredentials() }),
      new GetObjectCommand({ Bucket: 'permis-points-documents', Key: SPACED_KEY }),
      { expiresIn: 300 },
    );
    expect(new URL(url).origin).toBe(new URL(sdk).origin);
    expect(new URL(url).pathname).toBe(new URL(sdk).pathname);
    expect([...new URL(url).searchParams.keys()]).toEqual([
      'X-Amz-Algorithm',
      'X-Amz-Credential',
      'X-Amz-Date',
      'X-Amz-Expires',
      'X-Amz-Security-Token',
      'X-Amz-SignedHeaders',
      'response-content-disposition',
      'response-content-type',
      'X-Amz-Signature',
    ]);
    expect(sent).toEqual([]);
  });
});
