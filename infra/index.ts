// Public face of infra/: the CDK app's stacks, their settings, and the function construct.
export { checkWithNag, nagPacks } from './nag.ts';
export { definePermisPoints, type PermisPointsStacks } from './permis-points.ts';
export {
  API_BUNDLE_BUDGET_BYTES,
  bundleBudgetCheck,
  bundlingOptions,
  DEFAULT_BUNDLE_BUDGET_BYTES,
  PermisPointsFunction,
  type PermisPointsFunctionProps,
} from './permis-points-function.ts';
export { ServiceStack } from './service-stack.ts';
export { contextKeys, deploymentSettings, type DeploymentSettings } from './settings.ts';
export { StatefulStack } from './stateful-stack.ts';
