// The signature of documents in AWS: the administration's key and certificate from the signing secret, read
// once per cold start.
import { CmsSigner, signingMaterialFromSecret } from '../adapters/document-signer.ts';
import type { DocumentSignature } from '../document-pdf/index.ts';
import { signatureFrom } from '../document-pdf/index.ts';

export function secretDocumentSignature(): () => Promise<DocumentSignature> {
  let signature: Promise<DocumentSignature> | undefined;
  return () => {
    const secretId = process.env.SIGNING_SECRET_ID;
    if (!secretId) return Promise.reject(new Error('missing environment variable SIGNING_SECRET_ID'));
    signature ??= signingMaterialFromSecret({ secretId }).then((material) =>
      signatureFrom(new CmsSigner(material)),
    );
    // A failed read is not kept: the next request tries again.
    signature.catch(() => (signature = undefined));
    return signature;
  };
}
