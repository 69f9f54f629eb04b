// The PDF function: a document's content in, the signed PDF out (base 64). Invoked by the issuing functions
// only, never by API Gateway; the signing key is read from its secret on first use.
import type { RenderedDocument } from '../adapters/document-renderer.ts';
import { signedDocumentPdf, type DocumentToRender } from '../document-pdf/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { builtOnFirstCall, lambdaEntry } from '../runtime/index.ts';
import { documentSignature } from './signature.ts';

const ports = { documentSignature };

export function makeHandler({ documentSignature }: DependenciesOf<typeof ports>) {
  return async function renderDocument(event: { document: DocumentToRender }): Promise<RenderedDocument> {
    const pdf = await signedDocumentPdf(event.document, await documentSignature());
    return { pdf: Buffer.from(pdf).toString('base64') };
  };
}

export const handler = lambdaEntry(builtOnFirstCall(() => makeHandler(buildDependencies(ports))));
