// The S3 client, built once per cold start; `endpoint` points it at the local
// emulator, which needs path-style addresses and no optional checksums.
import { S3Client } from '@aws-sdk/client-s3';

export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function makeS3Client(options: { endpoint?: string; region?: string } = {}): S3Client {
  return new S3Client({
    region: options.region ?? process.env.AWS_REGION ?? 'eu-west-3',
    ...(options.endpoint
      ? {
          endpoint: options.endpoint,
          forcePathStyle: true,
          credentials: LOCAL_S3_CREDENTIALS,
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        }
      : {}),
  });
}
