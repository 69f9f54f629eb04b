// The PDF function: a document's content in, the signed PDF out (base 64). Invoked by the issuing functions
// only, never by API Gateway; the signing key is read from its secret once per cold start.
import type { RenderedDocument } from '../adapters/document-renderer.ts';
import { signedDocumentPdf, type DocumentToRender } from '../document-pdf/index.ts';
import { secretDocumentSignature } from './secret-signature.ts';

const signature = secretDocumentSignature();

export async function handler(event: { document: DocumentToRender }): Promise<RenderedDocument> {
  const pdf = await signedDocumentPdf(event.document, await signature());
  return { pdf: Buffer.from(pdf).toString('base64') };
}
