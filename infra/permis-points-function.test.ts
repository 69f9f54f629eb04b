import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { httpRoutes } from '../functions/routes.ts';
import {
  API_BUNDLE_BUDGET_BYTES,
  bundleBudgetCheck,
  bundlingOptions,
  DEFAULT_BUNDLE_BUDGET_BYTES,
  LAMBDA_CREDENTIALS_MODULE,
  NODE_HTTP_MODULE,
  PermisPointsFunction,
} from './permis-points-function.ts';
import { testApp } from './test-app.ts';

describe('the bundling of every function', () => {
  const options = bundlingOptions({ name: 'health/handler.ts', budgetBytes: DEFAULT_BUNDLE_BUDGET_BYTES });

  it('makes one minified ES module for Node 22, with a source map but not the sources', () => {
    expect(options).toMatchObject({
      format: OutputFormat.ESM,
      target: 'node22',
      minify: true,
      sourceMap: true,
      sourcesContent: false,
    });
  });

  it('prefers the ES module entry of each package', () => {
    expect(options.mainFields).toEqual(['module', 'main']);
  });

  it('bundles the AWS SDK instead of using the runtime copy', () => {
    expect(options.bundleAwsSDK).toBe(true);
    expect(options.externalModules).toEqual([]);
  });

  it("takes the credentials from the environment Lambda sets, not the SDK's whole default chain", () => {
    expect(options.esbuildArgs).toMatchObject({
      '--alias:@aws-sdk/credential-provider-node': LAMBDA_CREDENTIALS_MODULE,
    });
  });

  it('takes node:http without the ES module facade that loads undici, and nothing else in place of a package', () => {
    expect(options.esbuildArgs).toEqual({
      '--alias:@aws-sdk/credential-provider-node': LAMBDA_CREDENTIALS_MODULE,
      '--alias:node:http': NODE_HTTP_MODULE,
    });
  });

  it('gives the ES module a require() for the CommonJS dependencies that call it', () => {
    expect(options.banner).toBe(
      "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    );
  });

  it('checks the bundle against its budget once esbuild is done', () => {
    const afterBundling = options.commandHooks?.afterBundling('/in', '/out') ?? [];
    expect(afterBundling).toEqual([
      bundleBudgetCheck('/out/index.mjs', DEFAULT_BUNDLE_BUDGET_BYTES, 'health/handler.ts'),
    ]);
  });
});

describe('the bundle budget check', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bundle-budget-'));
  const bundleOf = (bytes: number) => {
    const file = join(folder, `index-${bytes}.mjs`);
    writeFileSync(file, 'x'.repeat(bytes));
    return file;
  };
  const run = (command: string) => spawnSync('bash', ['-c', command], { encoding: 'utf8' });

  it('passes a bundle at its budget', () => {
    expect(run(bundleBudgetCheck(bundleOf(1000), 1000)).status).toBe(0);
  });

  it('fails a bundle over its budget, naming the function and saying by how much', () => {
    const result = run(bundleBudgetCheck(bundleOf(1250), 1000, 'get-my-statement/handler.ts'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'bundle budget: get-my-statement/handler.ts is 1250 bytes, 250 bytes over its budget of 1000 bytes',
    );
  });

  it('fails when there is no bundle to measure', () => {
    expect(run(bundleBudgetCheck(join(folder, 'missing.mjs'), 1000)).status).not.toBe(0);
  });
});

describe('a PermisPointsFunction', () => {
  let template: Template;

  beforeAll(() => {
    const app = new App({
      context: { 'aws:cdk:bundling-stacks': [] },
      builtinCloudFormationValidation: false,
    });
    const stack = new Stack(app, 'Test');
    new PermisPointsFunction(stack, 'Health', {
      entry: 'health/handler.ts',
      description: 'health',
      environment: { TABLE_NAME: 'table' },
    });
    template = Template.fromStack(stack);
  });

  it('runs on Node 22, arm64, traced by X-Ray, with the settings given or the defaults', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      TracingConfig: { Mode: 'Active' },
      Handler: 'index.handler',
      MemorySize: 512,
      Timeout: 10,
      Environment: { Variables: { NODE_OPTIONS: '--enable-source-maps', TABLE_NAME: 'table' } },
    });
  });

  it('logs to its own log group, kept three months', () => {
    template.resourceCountIs('AWS::Logs::LogGroup', 1);
    template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
    const [logGroupId] = Object.keys(template.findResources('AWS::Logs::LogGroup'));
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: logGroupId } },
    });
  });

  it('has a role with no managed policy: nothing is granted to it by default but its logs and traces', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [
          { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' } },
        ],
      },
    });
    const [role] = Object.values(template.findResources('AWS::IAM::Role'));
    expect(role?.Properties).not.toHaveProperty('ManagedPolicyArns');
  });
});

describe('the budgets', () => {
  it('holds every HTTP route, the $default route included, to the API budget, with no exception', () => {
    const { service } = testApp();
    const notFound = service.node
      .findAll()
      .filter((construct): construct is PermisPointsFunction => construct instanceof PermisPointsFunction)
      .filter((fn) => fn.entryModule === 'not-found/handler.ts');
    const api = [...Object.values(service.routes.functions), ...notFound];
    expect(api).toHaveLength(httpRoutes.length + 1);
    for (const fn of api) expect(fn.bundleSpec.budgetBytes, fn.entryModule).toBe(API_BUNDLE_BUDGET_BYTES);
  });
});

describe('the synth with bundling', () => {
  const synthesize = (budgetBytes: number) => {
    const outdir = mkdtempSync(join(tmpdir(), 'bundled-'));
    const stack = new Stack(new App({ outdir }), 'Bundled');
    new PermisPointsFunction(stack, 'GetMe', {
      entry: 'get-me/handler.ts',
      description: 'get-me',
      bundleBudgetBytes: budgetBytes,
    });
    return outdir;
  };

  it('bundles a function within its budget, with the credentials of the environment only', () => {
    const outdir = synthesize(DEFAULT_BUNDLE_BUDGET_BYTES);
    const asset = readdirSync(outdir).find((name) => name.startsWith('asset.'));
    const bundle = readFileSync(join(outdir, String(asset), 'index.mjs'), 'utf8');
    const has = (text: string) => bundle.includes(text);
    expect(has('@aws-sdk/credential-provider-env - fromEnv')).toBe(true);
    expect(has('@aws-sdk/credential-provider-node - defaultProvider')).toBe(false);
    expect(has('process.getBuiltinModule("node:http")')).toBe(true);
    expect(bundle).not.toMatch(/from\s*"(node:)?http"/);
  }, 120_000);

  it('fails over its budget', () => {
    expect(() => synthesize(10_000)).toThrow(/Failed to bundle asset/);
  }, 120_000);
});
