// The signature of a document: a PAdES-style placeholder (SubFilter ETSI.CAdES.detached) added with pdf-lib,
// then the detached CMS of the signed byte range written into it by @signpdf.
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED, type Signer } from '@signpdf/utils';
import type { PDFDocument } from 'pdf-lib';

const signPdf = new SignPdf();

export interface DocumentSignature {
  signer: Signer;
  /** Who signs, as the signature dictionary names them. */
  name: string;
  reason: string;
}

export async function signDocument(
  doc: PDFDocument,
  { signer, name, reason }: DocumentSignature,
  signingTime: Date,
): Promise<Uint8Array> {
  pdflibAddPlaceholder({
    pdfDoc: doc,
    reason,
    name,
    contactInfo: '',
    location: 'France',
    signingTime,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'permis-points',
  });
  // Object streams would hide the placeholder from the byte-range search.
  const unsigned = await doc.save({ useObjectStreams: false });
  return new Uint8Array(await signPdf.sign(Buffer.from(unsigned), signer, signingTime));
}
