// Public face of functions/document-pdf: a signed PDF from a document's content (pdf-lib, fontkit and
// @signpdf: only the issuing functions bundle this).
import { documentFonts } from './fonts.ts';
import { renderDocument, type DocumentToRender } from './render-document.ts';
import { signDocument, type DocumentSignature } from './sign-document.ts';

export type { DocumentToRender } from './render-document.ts';
export type { DocumentSignature } from './sign-document.ts';

export async function signedDocumentPdf(
  document: DocumentToRender,
  signature: DocumentSignature,
): Promise<Uint8Array> {
  const doc = await renderDocument(document, await documentFonts());
  return signDocument(doc, signature, new Date(document.content.issuedAt));
}
