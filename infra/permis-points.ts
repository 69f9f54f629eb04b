// The whole deployment: the stateful stack, then the service stack that uses it.
import type { App, Environment } from 'aws-cdk-lib';
import type { DeploymentSettings } from './settings.ts';
import { ServiceStack } from './service-stack.ts';
import { StatefulStack } from './stateful-stack.ts';
import { WebFirewallStack } from './web-firewall-stack.ts';

export interface PermisPointsStacks {
  stateful: StatefulStack;
  service: ServiceStack;
  edge: WebFirewallStack;
}

export function definePermisPoints(
  app: App,
  settings: DeploymentSettings,
  env?: Environment,
): PermisPointsStacks {
  const stateful = new StatefulStack(app, 'PermisPoints-Stateful', settings, { env });
  // CloudFront's web ACL lives in us-east-1 whatever the region (infra/web-firewall-stack.ts).
  const edge = new WebFirewallStack(app, 'PermisPoints-Edge', {
    env: env && { account: env.account, region: 'us-east-1' },
    crossRegionReferences: Boolean(env),
  });
  const service = new ServiceStack(app, 'PermisPoints-Service', stateful, settings, {
    env,
    crossRegionReferences: Boolean(env),
    webAclArn: edge.webAcl.attrArn,
  });
  return { stateful, service, edge };
}
