// S3 on this machine: an emulator that checks signatures, so a tampered or
// expired presigned link is refused as S3 would refuse it. Objects are kept
// under the data folder.
import S3rver from '@20minutes/s3rver';
import { mkdir } from 'node:fs/promises';

export interface LocalS3 {
  endpoint: string;
  close(): Promise<void>;
}

export async function startS3({
  directory,
  bucket,
  port = 0,
}: {
  directory: string;
  bucket: string;
  port?: number;
}): Promise<LocalS3> {
  await mkdir(directory, { recursive: true });
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const address = await server.run();
  return { endpoint: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
