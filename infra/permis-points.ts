// The whole deployment: the stateful stack, then the service stack that uses it.
import type { App, Environment } from 'aws-cdk-lib';
import type { DeploymentSettings } from './settings.ts';
import { ServiceStack } from './service-stack.ts';
import { StatefulStack } from './stateful-stack.ts';

export interface PermisPointsStacks {
  stateful: StatefulStack;
  service: ServiceStack;
}

export function definePermisPoints(
  app: App,
  settings: DeploymentSettings,
  env?: Environment,
): PermisPointsStacks {
  const stateful = new StatefulStack(app, 'PermisPoints-Stateful', settings, { env });
  const service = new ServiceStack(app, 'PermisPoints-Service', stateful, settings, { env });
  return { stateful, service };
}
