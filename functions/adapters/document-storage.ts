// The PDFs in the private documents bucket, and the short-lived links that download them. A link is a
// presigned GET bound to one object, with an attachment disposition; storage refuses it changed or expired.
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

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

/**
 * `now` is the real time even where the rest of the system runs on a moved clock: storage checks a link's
 * age against its own clock.
 */
export function makeDocumentStorage({
  client,
  bucket,
  now = () => new Date(),
}: {
  client: S3Client;
  bucket: string;
  now?: () => Date;
}): DocumentStorage {
  return {
    async put(objectKey, pdf) {
      await client.send(
        new PutObjectCommand({ Bucket: bucket, Key: objectKey, Body: pdf, ContentType: 'application/pdf' }),
      );
    },

    async remove(objectKey) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey }));
    },

    async downloadLink(objectKey, fileName) {
      const signedAt = now();
      const url = await getSignedUrl(
        client,
        new GetObjectCommand({
          Bucket: bucket,
          Key: objectKey,
          ResponseContentDisposition: `attachment; filename="${fileName}"`,
          ResponseContentType: 'application/pdf',
        }),
        { expiresIn: DOWNLOAD_LINK_SECONDS, signingDate: signedAt },
      );
      return { url, expiresAt: new Date(signedAt.getTime() + DOWNLOAD_LINK_SECONDS * 1000).toISOString() };
    },
  };
}
