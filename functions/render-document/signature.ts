// The signature of documents in AWS: the administration's key and certificate from the signing secret, read
// on first use (a failed read is tried again). Built here, not with the other ports: only the PDF function
// may carry pdf-lib.
import { CmsSigner, signingMaterialFromSecret } from '../adapters/document-signer.ts';
import { signatureFrom, type DocumentSignature } from '../document-pdf/index.ts';
import type { Builder } from '../dependencies/index.ts';

export const documentSignature: Builder<'documentSignature', 'SIGNING_SECRET_ID'> = {
  needs: ['SIGNING_SECRET_ID'],
  build: ({ SIGNING_SECRET_ID: secretId }) => {
    let signature: Promise<DocumentSignature> | undefined;
    return () => {
      signature ??= signingMaterialFromSecret({ secretId }).then((material) =>
        signatureFrom(new CmsSigner(material)),
      );
      signature.catch(() => (signature = undefined));
      return signature;
    };
  },
};
