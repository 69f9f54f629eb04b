// Public face of local/signing: the local CA and document-signing key of `npm start`.
export { localSigningMaterial, makeLocalSigningMaterial } from './local-signing.ts';
