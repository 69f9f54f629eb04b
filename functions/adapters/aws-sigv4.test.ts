import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { awsService, fetchSigned, presignS3Query, signRequest } from './aws-sigv4.ts';

const bytesOf = (data: ArrayBuffer | ArrayBufferView) =>
  ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);

// The SDK's own signer, as the reference: the same request must get the same signature.
class Sha256 {
  readonly #hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    const key = typeof secret === 'string' || secret === undefined ? secret : bytesOf(secret);
    this.#hash = key ? createHmac('sha256', key) : createHash('sha256');
  }
  update(data: string | ArrayBuffer | ArrayBufferView) {
    this.#hash.update(typeof data === 'string' ? data : bytesOf(data));
  }
  digest() {
    return Promise.resolve(new Uint8Array(this.#hash.digest()));
  }
}

const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  sessionToken: 'token/with+chars=',
};
const now = new Date('2026-12-01T22:10:05Z');

/** The authorization header the SDK's signer gives the same request (S3's client signs with uriEscapePath off). */
async function sdkAuthorization(
  service: string,
  request: { method: string; host: string; path: string; headers: Record<string, string>; body: unknown },
  options: { uriEscapePath?: boolean } = {},
) {
  const { host, ...rest } = request;
  const signed = await new SignatureV4({
    service,
    region: 'eu-west-3',
    credentials,
    sha256: Sha256,
    ...options,
  }).sign(
    { ...rest, protocol: 'https:', hostname: host, headers: { host, ...request.headers } },
    { signingDate: now },
  );
  return signed.headers.authorization;
}

describe('Signature Version 4', () => {
  it('signs an Invoke request as the AWS SDK signs it, session token included', async () => {
    const body = JSON.stringify({ document: { reference: 'RIR-1' } });
    const path = '/2015-03-31/functions/PermisPoints-Render_1/invocations';
    const host = 'lambda.eu-west-3.amazonaws.com';
    const ours = signRequest(
      { method: 'POST', host, path, headers: { 'Content-Type': 'application/json' }, body },
      { service: 'lambda', region: 'eu-west-3', credentials, now },
    );
    const sdk = await sdkAuthorization('lambda', {
      method: 'POST',
      host,
      path,
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(ours.authorization).toBe(sdk);
    expect(ours['x-amz-security-token']).toBe('token/with+chars=');
  });

  it('signs an S3 PutObject of bytes as the AWS SDK signs it, the path encoded once', async () => {
    const host = 'documents.s3.eu-west-3.amazonaws.com';
    const path = '/documents/dossier%20%C3%A9t%C3%A9/a%2Bb.pdf';
    const body = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a]);
    const ours = signRequest(
      { method: 'PUT', host, path, headers: { 'content-type': 'application/pdf' }, body },
      { service: 's3', region: 'eu-west-3', credentials, now },
    );
    // The S3 client signs with uriEscapePath off: S3 takes the path as it is sent.
    const sdk = await sdkAuthorization(
      's3',
      { method: 'PUT', host, path, headers: { 'content-type': 'application/pdf' }, body },
      { uriEscapePath: false },
    );
    expect(ours.authorization).toBe(sdk);
    expect(ours['x-amz-content-sha256']).toBe(createHash('sha256').update(body).digest('hex'));
  });
});

describe('a presigned S3 query', () => {
  it("gives the signature of AWS's documented example (GET /test.txt, a day)", () => {
    const query = presignS3Query(
      {
        method: 'GET',
        host: 'examplebucket.s3.amazonaws.com',
        path: '/test.txt',
        query: {},
        expiresInSeconds: 86400,
      },
      {
        region: 'us-east-1',
        credentials: {
          accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
          secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        },
        now: new Date('2013-05-24T00:00:00Z'),
      },
    );
    expect(query).toBe(
      'X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
    );
  });

  it('is the one the AWS SDK presigns, session token and response parameters included', async () => {
    const host = 'documents.s3.eu-west-3.amazonaws.com';
    const path = '/documents/dossier%20%C3%A9t%C3%A9/a%2Bb.pdf';
    const responseParameters = {
      'response-content-disposition': 'attachment; filename="RIR-2026 (1)*.pdf"',
      'response-content-type': 'application/pdf',
    };
    const ours = presignS3Query(
      { method: 'GET', host, path, query: responseParameters, expiresInSeconds: 300 },
      { region: 'eu-west-3', credentials, now },
    );
    // The header tells the SDK's signer that the payload is unsigned; kept out of the query and of the signed
    // headers, it leaves the query S3 documents (the SDK's presigner would hoist it into the query).
    const unsigned = new Set(['x-amz-content-sha256']);
    const sdk = await new SignatureV4({
      service: 's3',
      region: 'eu-west-3',
      credentials,
      sha256: Sha256,
      uriEscapePath: false,
    }).presign(
      {
        method: 'GET',
        protocol: 'https:',
        hostname: host,
        path,
        query: responseParameters,
        headers: { host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      },
      { signingDate: now, expiresIn: 300, unhoistableHeaders: unsigned, unsignableHeaders: unsigned },
    );
    expect(Object.fromEntries(new URLSearchParams(ours))).toEqual(sdk.query);
    expect(new URLSearchParams(ours).get('X-Amz-Security-Token')).toBe('token/with+chars=');
    // RFC 3986 on the wire as in the signature: no '+' for a space, and !'()* encoded.
    expect(ours).toContain(
      'response-content-disposition=attachment%3B%20filename%3D%22RIR-2026%20%281%29%2A.pdf%22',
    );
  });
});

describe('a signed call that AWS refuses for a moment', () => {
  const url = new URL('https://documents.s3.eu-west-3.amazonaws.com/documents/a.pdf');
  const request = { method: 'DELETE', headers: {}, body: '' };
  const signing = { service: 's3', region: 'eu-west-3', credentials, now: new Date('2026-12-02T08:00:00Z') };
  const noPause = { pause: () => Promise.resolve() };
  /** A fetch answering each call with the next of `answers` (a status, or a network failure). */
  function aws(...answers: (number | 'network')[]) {
    const calls: string[] = [];
    const send = ((address: string) => {
      calls.push(address);
      const answer = answers[Math.min(calls.length, answers.length) - 1];
      return answer === 'network'
        ? Promise.reject(new TypeError('fetch failed'))
        : Promise.resolve(new Response(answer === 204 ? null : 'x', { status: answer }));
    }) as typeof fetch;
    return { send, calls };
  }

  it('is tried again after a throttling, a 5xx or a network failure, three times in all', async () => {
    const flaky = aws(503, 'network', 204);
    expect((await fetchSigned(url, request, signing, flaky.send, noPause)).status).toBe(204);
    expect(flaky.calls).toHaveLength(3);
    const throttled = aws(429, 204);
    expect((await fetchSigned(url, request, signing, throttled.send, noPause)).status).toBe(204);
    expect(throttled.calls).toHaveLength(2);
  });

  it('answers the last refusal, or throws the last failure, once the attempts are spent', async () => {
    const down = aws(500);
    expect((await fetchSigned(url, request, signing, down.send, noPause)).status).toBe(500);
    expect(down.calls).toHaveLength(3);
    await expect(fetchSigned(url, request, signing, aws('network').send, noPause)).rejects.toThrow(
      'fetch failed',
    );
  });

  it('is not tried again when the request itself is refused', async () => {
    for (const status of [400, 403, 404]) {
      const refused = aws(status);
      expect((await fetchSigned(url, request, signing, refused.send, noPause)).status).toBe(status);
      expect(refused.calls).toHaveLength(1);
    }
  });
});

describe('an AWS service as an adapter calls it', () => {
  const credentials = () => ({
    accessKeyId: 'AKIDEXAMPLE',
    secretAccessKey: 'secret',
    sessionToken: 'session',
  });
  const recording = () => {
    const calls: { url: string; headers: Record<string, string> }[] = [];
    const send: typeof fetch = (url, init) => {
      calls.push({ url: url as string, headers: init?.headers as Record<string, string> });
      return Promise.resolve(new Response('{}'));
    };
    return { calls, send };
  };

  it("is reached at its host in the function's region, signed for that service and region", async () => {
    const { calls, send } = recording();
    const events = awsService('events', (region) => `events.${region}.amazonaws.com`, {
      region: 'eu-west-1',
      credentials,
      fetch: send,
    });
    expect(events.base.href).toBe('https://events.eu-west-1.amazonaws.com/');
    await events.call(new URL('/', events.base), { method: 'POST', headers: {}, body: '{}' });
    expect(calls[0]?.url).toBe('https://events.eu-west-1.amazonaws.com/');
    expect(calls[0]?.headers.authorization).toMatch(
      /Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/events\/aws4_request/,
    );
    expect(calls[0]?.headers['x-amz-security-token']).toBe('session');
  });

  it('is reached at the endpoint given instead (an emulator), still signed for its region', async () => {
    const { calls, send } = recording();
    const lambda = awsService('lambda', (region) => `lambda.${region}.amazonaws.com`, {
      endpoint: 'http://127.0.0.1:4566',
      region: 'eu-west-3',
      credentials,
      fetch: send,
    });
    await lambda.call(new URL('/2015-03-31/functions/f/invocations', lambda.base), {
      method: 'POST',
      headers: {},
      body: '{}',
    });
    expect(calls[0]?.url).toBe('http://127.0.0.1:4566/2015-03-31/functions/f/invocations');
    expect(calls[0]?.headers.authorization).toMatch(/\/eu-west-3\/lambda\/aws4_request/);
  });
});
