// Public face of local/demo: the demo data set of `npm start`.
export {
  DEMO_PASSWORD,
  demoAccounts,
  demoLicences,
  type DemoAccount,
  type DemoLicence,
} from './demo-data.ts';
export { loadDemoDataOnce } from './load-demo-data.ts';
