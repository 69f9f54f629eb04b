// The PDFs in the private documents bucket, and the short-lived links that download them. A link is a
// presigned GET bound to one object, with an attachment disposition; storage refuses it changed or expired.
// S3's REST API is called with fetch and our own SigV4 signer: the S3 client and its presigner weighed about
// 140 KB in each function that stores documents.
import {
  awsService,
  presignS3Query,
  readAnswer,
  uriEncode,
  type AwsCredentials,
  type AwsServiceOptions,
} from './aws-sigv4.ts';

export interface DownloadLink {
  url: string;
  expiresAt: string;
}

export interface DocumentStorage {
  put(objectKey: string, pdf: Uint8Array): Promise<void>;
  downloadLink(objectKey: string, fileName: string): Promise<DownloadLink>;
  /** Deletes the PDF (in a versioned bucket, its last version goes with the lifecycle a day later). */
  remove(objectKey: string): Promise<void>;
}

export const DOWNLOAD_LINK_SECONDS = 5 * 60;

/** The account of the local S3 emulator (s3rver's own), which checks signatures as S3 does. */
export const LOCAL_S3_CREDENTIALS: AwsCredentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * In AWS, the bucket's virtual-hosted address in `region`; with `endpoint` (AWS_ENDPOINT_URL_S3: the emulator),
 * path-style addresses under it. `now` is the real time even where the rest of the system runs on a moved clock:
 * storage checks a link's age, and a request's, against its own clock.
 */
export function makeDocumentStorage({
  bucket,
  now = () => new Date(),
  ...options
}: { bucket: string; now?: () => Date } & AwsServiceOptions): DocumentStorage {
  const s3 = awsService('s3', (region) => `${bucket}.s3.${region}.amazonaws.com`, options);
  const base = s3.base;
  const pathOf = (objectKey: string) =>
    `${options.endpoint ? `/${uriEncode(bucket)}` : ''}/${objectKey.split('/').map(uriEncode).join('/')}`;

  async function call(operation: string, method: string, objectKey: string, pdf?: Uint8Array<ArrayBuffer>) {
    const response = await s3.call(
      new URL(`${base.origin}${pathOf(objectKey)}`),
      { method, headers: pdf ? { 'content-type': 'application/pdf' } : {}, body: pdf ?? '' },
      now(),
    );
    await readAnswer(response, `S3 ${operation} failed`);
  }

  return {
    // A copy, over an ArrayBuffer as fetch wants it (the interface's bytes may sit on a shared one).
    put: (objectKey, pdf) => call('PutObject', 'PUT', objectKey, new Uint8Array(pdf)),

    remove: (objectKey) => call('DeleteObject', 'DELETE', objectKey),

    async downloadLink(objectKey, fileName) {
      const signedAt = now();
      const path = pathOf(objectKey);
      const query = presignS3Query(
        {
          method: 'GET',
          host: base.host,
          path,
          query: {
            'response-content-disposition': `attachment; filename="${fileName}"`,
            'response-content-type': 'application/pdf',
          },
          expiresInSeconds: DOWNLOAD_LINK_SECONDS,
        },
        { region: s3.region, credentials: s3.credentials(), now: signedAt },
      );
      return {
        url: `${base.origin}${path}?${query}`,
        expiresAt: new Date(signedAt.getTime() + DOWNLOAD_LINK_SECONDS * 1000).toISOString(),
      };
    },
  };
}
