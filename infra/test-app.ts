// The app as `cdk synth` builds it from cdk.json, for the infra tests: the same context, but no
// bundling (the skuba way: tests check the template, not esbuild) and no built-in template validation.
import { App } from 'aws-cdk-lib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { definePermisPoints, type PermisPointsStacks } from './permis-points.ts';
import { projectRoot } from './permis-points-function.ts';
import { deploymentSettings } from './settings.ts';

export const cdkJsonContext = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(join(projectRoot, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> })
    .context;

export function testApp(context: Record<string, unknown> = {}): { app: App } & PermisPointsStacks {
  const app = new App({
    context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [], ...context },
    builtinCloudFormationValidation: false,
  });
  const stacks = definePermisPoints(
    app,
    deploymentSettings((key) => app.node.tryGetContext(key)),
  );
  return { app, ...stacks };
}
