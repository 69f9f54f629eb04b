// The signing key of `npm start`: a local certificate authority and a document-signing certificate it
// issued, made on first start and kept under the data folder, so documents signed before a restart still
// verify after it. Nothing here is trusted outside this machine.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';
import type { SigningMaterial } from '../../functions/adapters/document-signer.ts';

const YEAR_MS = 365 * 86_400_000;

function newKeyPair() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKeyPem: privateKey, publicKey: forge.pki.publicKeyFromPem(publicKey) };
}

function certificate(options: {
  subject: forge.pki.CertificateField[];
  issuer: forge.pki.CertificateField[];
  publicKey: forge.pki.PublicKey;
  signingKeyPem: string;
  years: number;
  extensions: object[];
}): forge.pki.Certificate {
  const cert = forge.pki.createCertificate();
  cert.publicKey = options.publicKey;
  // A positive serial: the first byte's high bit cleared.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 86_400_000);
  cert.validity.notAfter = new Date(Date.now() + options.years * YEAR_MS);
  cert.setSubject(options.subject);
  cert.setIssuer(options.issuer);
  cert.setExtensions(options.extensions);
  cert.sign(forge.pki.privateKeyFromPem(options.signingKeyPem), forge.md.sha256.create());
  return cert;
}

const name = (commonName: string) => [
  { shortName: 'C', value: 'FR' },
  { shortName: 'O', value: 'permis-points (local)' },
  { shortName: 'CN', value: commonName },
];

/** A new CA and a signing certificate it issued. */
export function makeLocalSigningMaterial(): SigningMaterial & { caCertificatePem: string } {
  const ca = newKeyPair();
  const caName = name('permis-points local CA');
  const caCert = certificate({
    subject: caName,
    issuer: caName,
    publicKey: ca.publicKey,
    signingKeyPem: ca.privateKeyPem,
    years: 10,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
      { name: 'subjectKeyIdentifier' },
    ],
  });
  const signer = newKeyPair();
  const signerCert = certificate({
    subject: name('permis-points local document signing'),
    issuer: caName,
    publicKey: signer.publicKey,
    signingKeyPem: ca.privateKeyPem,
    years: 3,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
      { name: 'subjectKeyIdentifier' },
    ],
  });
  const caCertificatePem = forge.pki.certificateToPem(caCert);
  return {
    privateKeyPem: signer.privateKeyPem,
    certificatesPem: [forge.pki.certificateToPem(signerCert), caCertificatePem],
    caCertificatePem,
  };
}

/**
 * The local signing material under `<dataDir>/signing/`, made on first call. `ca.pem` is the CA's
 * certificate: give it to `pdfsig -nssdir` or a PDF reader to see the signer as trusted.
 */
export async function localSigningMaterial(dataDir: string): Promise<SigningMaterial> {
  const folder = join(dataDir, 'signing');
  const file = join(folder, 'signing.json');
  const saved = await readFile(file, 'utf8')
    .then((text) => JSON.parse(text) as SigningMaterial)
    .catch(() => undefined);
  if (saved) return saved;
  const material = makeLocalSigningMaterial();
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'ca.pem'), material.caCertificatePem);
  await writeFile(
    file,
    JSON.stringify({ privateKeyPem: material.privateKeyPem, certificatesPem: material.certificatesPem }),
    { mode: 0o600 },
  );
  return { privateKeyPem: material.privateKeyPem, certificatesPem: material.certificatesPem };
}
