import { SignatureV4 } from '@smithy/signature-v4';
import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signRequest } from './aws-sigv4.ts';

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

describe('Signature Version 4', () => {
  it('signs an Invoke request as the AWS SDK signs it, session token included', async () => {
    const credentials = {
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
      sessionToken: 'token/with+chars=',
    };
    const now = new Date('2026-12-01T22:10:05Z');
    const body = JSON.stringify({ document: { reference: 'RIR-1' } });
    const path = '/2015-03-31/functions/PermisPoints-Render_1/invocations';
    const host = 'lambda.eu-west-3.amazonaws.com';
    const ours = signRequest(
      { method: 'POST', host, path, headers: { 'Content-Type': 'application/json' }, body },
      { service: 'lambda', region: 'eu-west-3', credentials, now },
    );
    const sdk = await new SignatureV4({
      service: 'lambda',
      region: 'eu-west-3',
      credentials,
      sha256: Sha256,
    }).sign(
      {
        method: 'POST',
        protocol: 'https:',
        hostname: host,
        path,
        headers: { host, 'content-type': 'application/json' },
        body,
      },
      { signingDate: now },
    );
    expect(ours.authorization).toBe(sdk.headers.authorization);
    expect(ours['x-amz-security-token']).toBe('token/with+chars=');
  });
});
