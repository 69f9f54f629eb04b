// The signature of issued documents: a detached CMS SignedData over the PDF's signed byte range, PAdES
// baseline B-B (ESS signing-certificate-v2, no signing-time attribute: the time is the PDF's /M entry),
// RSA with SHA-256 by Node's crypto. The key and chain come from a managed secret in AWS (through the
// Lambda secrets extension, no SDK client) and from the local CA of `npm start`.
import { createHash, createPrivateKey, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import { issuerAndSerial, integer, nullValue, octetString, oid, sequence, setOf, tagged } from './der.ts';

/** A private key and its certificate chain, signing certificate first, all in PEM. */
export interface SigningMaterial {
  privateKeyPem: string;
  certificatesPem: string[];
}

const OIDS = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest();
const attribute = (type: string, value: Buffer) => sequence(oid(type), setOf(value));

export class CmsSigner extends Signer {
  readonly #key: KeyObject;
  readonly #certificates: X509Certificate[];

  constructor(material: SigningMaterial) {
    super();
    this.#key = createPrivateKey(material.privateKeyPem);
    this.#certificates = material.certificatesPem.map((pem) => new X509Certificate(pem));
    const [signing] = this.#certificates;
    if (!signing) throw new Error('signing material without a certificate');
    if (!signing.checkPrivateKey(this.#key))
      throw new Error('the signing certificate does not match the key');
    if (this.#key.asymmetricKeyType !== 'rsa') throw new Error('only RSA signing keys are supported');
  }

  /** The signing certificate's subject common name, as the PDF's signature dictionary names the signer. */
  get signerName(): string {
    const subject = this.#certificates[0]?.subject ?? '';
    return /^CN=(.*)$/m.exec(subject)?.[1] ?? 'permis-points';
  }

  override sign(pdfBuffer: Buffer): Promise<Buffer> {
    const [signing] = this.#certificates;
    if (!signing) throw new Error('no signing certificate');
    const sha256Algorithm = sequence(oid(OIDS.sha256));
    const signedAttributes = [
      attribute(OIDS.contentType, oid(OIDS.data)),
      attribute(OIDS.messageDigest, octetString(sha256(pdfBuffer))),
      // ESSCertIDv2 with the default hash (SHA-256): which certificate signed, bound into the signature.
      attribute(OIDS.signingCertificateV2, sequence(sequence(sequence(octetString(sha256(signing.raw)))))),
    ];
    // Signed as a SET OF (tag 0x31), stored as [0] IMPLICIT: same content, another tag.
    const signedSet = setOf(...signedAttributes);
    const signature = sign('sha256', signedSet, this.#key);
    const { issuer, serialNumber } = issuerAndSerial(signing.raw);
    const signerInfo = sequence(
      integer(1),
      sequence(issuer, serialNumber),
      sha256Algorithm,
      Buffer.concat([Buffer.from([0xa0]), signedSet.subarray(1)]),
      sequence(oid(OIDS.rsaEncryption), nullValue()),
      octetString(signature),
    );
    const signedData = sequence(
      integer(1),
      setOf(sha256Algorithm),
      sequence(oid(OIDS.data)),
      tagged(0, ...this.#certificates.map((certificate) => certificate.raw)),
      setOf(signerInfo),
    );
    return Promise.resolve(sequence(oid(OIDS.signedData), tagged(0, signedData)));
  }
}

export interface SecretsExtensionOptions {
  secretId: string;
  /** The Lambda "Parameters and Secrets" extension's local port. */
  port?: number;
  fetch?: typeof fetch;
}

/**
 * The signing material from Secrets Manager, through the Lambda secrets extension (a local HTTP cache of
 * GetSecretValue). The secret is JSON: `{ "privateKeyPem": "...", "certificatesPem": ["...", ...] }`.
 */
export async function signingMaterialFromSecret({
  secretId,
  port = Number(process.env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? 2773),
  fetch: fetchSecret = fetch,
}: SecretsExtensionOptions): Promise<SigningMaterial> {
  const response = await fetchSecret(
    `http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}`,
    { headers: { 'X-Aws-Parameters-Secrets-Token': process.env.AWS_SESSION_TOKEN ?? '' } },
  );
  if (!response.ok) throw new Error(`the signing secret could not be read (${response.status})`);
  const { SecretString } = (await response.json()) as { SecretString?: string };
  const secret = JSON.parse(SecretString ?? '{}') as Partial<SigningMaterial>;
  if (!secret.privateKeyPem || !secret.certificatesPem?.length)
    throw new Error('the signing secret needs "privateKeyPem" and "certificatesPem"');
  return { privateKeyPem: secret.privateKeyPem, certificatesPem: secret.certificatesPem };
}
