// Where documents become signed PDFs: the PDF function (its own Lambda, the only one bundling pdf-lib and
// fontkit), called synchronously through Lambda's Invoke API; in-process under `npm start` and in tests.
import type { DocumentToRender } from '../document-pdf/index.ts';
import { environmentCredentials, fetchSigned, readAnswer, type AwsCredentials } from './aws-sigv4.ts';

export interface DocumentRenderer {
  render(document: DocumentToRender): Promise<Uint8Array>;
}

/** What the PDF function answers: the signed PDF in base 64. */
export interface RenderedDocument {
  pdf: string;
}

export function makeLambdaRenderer({
  functionName,
  region = process.env.AWS_REGION ?? 'eu-west-3',
  credentials = environmentCredentials,
  fetch: send = fetch,
  endpoint,
}: {
  functionName: string;
  /** Another Lambda endpoint than the region's (AWS_ENDPOINT_URL_LAMBDA: an emulator). */
  endpoint?: string;
  region?: string;
  credentials?: () => AwsCredentials;
  fetch?: typeof fetch;
}): DocumentRenderer {
  const url = new URL(
    `/2015-03-31/functions/${encodeURIComponent(functionName)}/invocations`,
    endpoint ?? `https://lambda.${region}.amazonaws.com`,
  );
  return {
    async render(document) {
      const response = await fetchSigned(
        url,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ document }),
        },
        { service: 'lambda', region, credentials: credentials(), now: new Date() },
        send,
      );
      const text = await readAnswer(
        response,
        'the PDF function failed',
        !response.ok || Boolean(response.headers.get('x-amz-function-error')),
      );
      return new Uint8Array(Buffer.from((JSON.parse(text) as RenderedDocument).pdf, 'base64'));
    },
  };
}
