// Public face of functions/document-pdf: a signed PDF from a document's content (pdf-lib, fontkit and
// @signpdf: only the issuing functions bundle this).
import { documentFonts } from './fonts.ts';
import { renderDocument, type DocumentToRender } from './render-document.ts';
import { signDocument, type DocumentSignature } from './sign-document.ts';

export type { DocumentToRender } from './render-document.ts';
export type { DocumentSignature } from './sign-document.ts';

export const SIGNATURE_REASON = 'Relevé délivré par le service permis-points';

/** How a signer appears in the signature dictionary. */
export function signatureFrom(
  signer: DocumentSignature['signer'] & { signerName: string },
): DocumentSignature {
  return { signer, name: signer.signerName, reason: SIGNATURE_REASON };
}

/** Renders in this process: `npm start` and the tests, where there is no separate PDF function. */
export function makeInProcessRenderer(signature: DocumentSignature) {
  return { render: (document: DocumentToRender) => signedDocumentPdf(document, signature) };
}

export async function signedDocumentPdf(
  document: DocumentToRender,
  signature: DocumentSignature,
): Promise<Uint8Array> {
  const doc = await renderDocument(document, await documentFonts());
  return signDocument(doc, signature, new Date(document.content.issuedAt));
}
