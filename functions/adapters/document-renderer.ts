// Where documents become signed PDFs: the PDF function (its own Lambda, the only one bundling pdf-lib and
// fontkit), called synchronously through Lambda's Invoke API; in-process under `npm start` and in tests.
import type { DocumentToRender } from '../document-pdf/index.ts';
import { awsService, readAnswer, type AwsServiceOptions } from './aws-sigv4.ts';

export interface DocumentRenderer {
  render(document: DocumentToRender): Promise<Uint8Array>;
}

/** What the PDF function answers: the signed PDF in base 64. */
export interface RenderedDocument {
  pdf: string;
}

export function makeLambdaRenderer({
  functionName,
  ...options
}: { functionName: string } & AwsServiceOptions): DocumentRenderer {
  const lambda = awsService('lambda', (region) => `lambda.${region}.amazonaws.com`, options);
  const url = new URL(`/2015-03-31/functions/${encodeURIComponent(functionName)}/invocations`, lambda.base);
  return {
    async render(document) {
      const response = await lambda.call(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ document }),
      });
      const text = await readAnswer(
        response,
        'the PDF function failed',
        !response.ok || Boolean(response.headers.get('x-amz-function-error')),
      );
      return new Uint8Array(Buffer.from((JSON.parse(text) as RenderedDocument).pdf, 'base64'));
    },
  };
}
