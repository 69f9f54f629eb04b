// Public face of the local FranceConnect v2 stand-in and its demo identities.
export {
  demoIdentities,
  findDemoIdentity,
  franceConnectSubject,
  type DemoIdentity,
} from './demo-identities.ts';
export {
  startFranceConnect,
  type FranceConnectClient,
  type FranceConnectOptions,
  type FranceConnectStandIn,
} from './franceconnect.ts';
