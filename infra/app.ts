// The CDK app (cdk.json runs it): both stacks, with the settings of the CDK context, checked by cdk-nag.
import { App } from 'aws-cdk-lib';
import { checkWithNag } from './nag.ts';
import { definePermisPoints } from './permis-points.ts';
import { deploymentSettings } from './settings.ts';

const app = new App();
const account = process.env.CDK_DEFAULT_ACCOUNT;
const region = process.env.CDK_DEFAULT_REGION;
definePermisPoints(
  app,
  deploymentSettings((key) => app.node.tryGetContext(key)),
  account && region ? { account, region } : undefined,
);
checkWithNag(app);
app.synth();
