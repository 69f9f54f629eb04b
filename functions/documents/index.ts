// Public face of functions/documents: what the document routes share, without the PDF libraries (those are in
// functions/document-pdf, for the issuing functions only).
export { codeMatches, hashCode, newReference, newVerificationCode } from './identifiers.ts';
export { categoriesOf, rightToDriveOf, rirLicenceOf, sameRightToDrive } from './licence-on.ts';
export { makeDownloadMyDocument, makeForgetMyDocuments, makeListMyDocuments } from './my-documents.ts';
export { makeVerifyDocument, VERIFICATIONS_PER_ADDRESS } from './verify-document.ts';
export { verificationPage } from './verification-page.ts';
export * from './schemas.ts';
export { KEPT_AFTER_VALIDITY_DAYS } from './retention.ts';
