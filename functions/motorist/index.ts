// Public face of functions/motorist: what the motorist routes share.
export { makeFindMyAccount, makeFindMyLicence } from './find-my-licence.ts';
export * from './schemas.ts';
