// The cdk-nag rule packs every synth is checked against; an open finding fails the synth. Findings
// that do not apply are acknowledged where the resource is built, each with its reason.
import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';

export const nagPacks = () => [new AwsSolutionsChecks(), new ServerlessChecks()];

export function checkWithNag(app: App): void {
  Validations.of(app).addPlugins(...nagPacks());
}
