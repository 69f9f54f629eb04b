// The signature of issued documents: a detached CMS (PKCS#7) over the PDF's signed byte range, made with the
// administration's key. The key and its certificate chain come from a managed secret in AWS (a PKCS#12 file,
// read through the Lambda secrets extension) and from the local CA of `npm start`. RSA keys only.
import { createPrivateKey, privateEncrypt, constants, type KeyObject } from 'node:crypto';
import { Signer } from '@signpdf/utils';
import forge from 'node-forge';

/** A private key and its certificate chain, signing certificate first, all in PEM. */
export interface SigningMaterial {
  privateKeyPem: string;
  certificatesPem: string[];
}

// DigestInfo prefix of a SHA-256 hash (RFC 8017 §9.2, note 1): RSASSA-PKCS1-v1_5 signs prefix + hash.
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/** Reads the key and chain out of a PKCS#12 file, the form certificate authorities deliver them in. */
const oid = (name: string): string => {
  const value = forge.pki.oids[name];
  if (!value) throw new Error(`node-forge knows no OID ${name}`);
  return value;
};

export function signingMaterialFromP12(p12: Uint8Array, passphrase: string): SigningMaterial {
  const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(p12).toString('binary')));
  const bundle = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  const bagsOf = (type: string): forge.pkcs12.Bag[] =>
    bundle.getBags({ bagType: oid(type) })[oid(type)] ?? [];
  const keyBag = bagsOf('pkcs8ShroudedKeyBag')[0] ?? bagsOf('keyBag')[0];
  const key = keyBag?.key;
  if (!key) throw new Error('the PKCS#12 file holds no private key');
  const certificates = bagsOf('certBag')
    .map((bag) => bag.cert)
    .filter((cert): cert is forge.pki.Certificate => cert !== undefined);
  const matches = (cert: forge.pki.Certificate) => {
    const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
    return publicKey.n.equals(key.n) && publicKey.e.equals(key.e);
  };
  const signing = certificates.find(matches);
  if (!signing) throw new Error('no certificate of the PKCS#12 file matches its private key');
  return {
    privateKeyPem: forge.pki.privateKeyToPem(key),
    certificatesPem: [signing, ...certificates.filter((cert) => cert !== signing)].map((cert) =>
      forge.pki.certificateToPem(cert),
    ),
  };
}

/**
 * A @signpdf signer from key material parsed once: forge builds the CMS structure, Node's crypto makes the
 * RSA signature (forge's pure-JS RSA is ten times slower, and the material is not re-parsed per document).
 */
export class CmsSigner extends Signer {
  readonly #key: KeyObject;
  readonly #certificates: forge.pki.Certificate[];

  constructor(material: SigningMaterial) {
    super();
    this.#key = createPrivateKey(material.privateKeyPem);
    this.#certificates = material.certificatesPem.map((pem) => forge.pki.certificateFromPem(pem));
    if (this.#certificates.length === 0) throw new Error('signing material without a certificate');
  }

  /** The signing certificate's subject common name, as the PDF's signature dictionary names the signer. */
  get signerName(): string {
    const commonName = this.#certificates[0]?.subject.getField('CN') as { value?: string } | null;
    return commonName?.value ?? 'permis-points';
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const signedData = forge.pkcs7.createSignedData();
    signedData.content = forge.util.createBuffer(pdfBuffer.toString('binary'));
    for (const certificate of this.#certificates) signedData.addCertificate(certificate);
    const key = this.#key;
    const rsaKey = {
      sign: (digest: forge.md.MessageDigest) =>
        privateEncrypt(
          { key, padding: constants.RSA_PKCS1_PADDING },
          Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(digest.digest().getBytes(), 'binary')]),
        ).toString('binary'),
    };
    signedData.addSigner({
      key: rsaKey as unknown as forge.pki.rsa.PrivateKey,
      certificate: this.#certificates[0]!,
      digestAlgorithm: oid('sha256'),
      authenticatedAttributes: [
        { type: oid('contentType'), value: oid('data') },
        { type: oid('signingTime'), value: (signingTime ?? new Date()) as unknown as string },
        { type: oid('messageDigest') },
      ],
    });
    signedData.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(signedData.toAsn1()).getBytes(), 'binary');
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
 * GetSecretValue: no SDK client in the bundle). The secret is JSON: `{ "p12": base64, "passphrase": string }`.
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
  const secret = JSON.parse(SecretString ?? '{}') as { p12?: string; passphrase?: string };
  if (!secret.p12) throw new Error('the signing secret holds no "p12" field');
  return signingMaterialFromP12(Buffer.from(secret.p12, 'base64'), secret.passphrase ?? '');
}
