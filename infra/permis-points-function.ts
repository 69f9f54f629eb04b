// The one way this project builds a Lambda: Node 22 on arm64, ESM bundled by esbuild with the AWS SDK
// inside (credentials from the environment only), within a size budget checked once esbuild is done, X-Ray
// tracing, its own log group and a role that may write only there. Anything else a function may do is granted
// to it explicitly, action by action.
import { Duration, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Runtime,
  Tracing,
  type IDestination,
  type ParamsAndSecretsLayerVersion,
} from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '..');

/** Above this many bytes of minified code, a function pulled in something it should not (pdf-lib, say). */
export const DEFAULT_BUNDLE_BUDGET_BYTES = 1.2 * 1024 * 1024;

/** An HTTP route's function: the API's cold starts stay close to a bare DynamoDB handler's (docs/performance.md). */
export const API_BUNDLE_BUDGET_BYTES = 400 * 1024;

/** The module the bundles take in place of the SDK's default credential chain. */
export const LAMBDA_CREDENTIALS_MODULE = join(projectRoot, 'infra', 'lambda-credentials.ts');

/** The module the bundles take in place of `node:http`'s ES module facade. */
export const NODE_HTTP_MODULE = join(projectRoot, 'infra', 'node-http.ts');

export interface PermisPointsFunctionProps {
  /** The entry module, relative to functions/ (e.g. `get-me/handler.ts`). */
  entry: string;
  /** The exported handler of the entry module. */
  handler?: string;
  description: string;
  memorySize?: number;
  timeout?: Duration;
  environment?: Record<string, string>;
  reservedConcurrentExecutions?: number | undefined;
  bundleBudgetBytes?: number;
  /** Folders shipped beside the bundle, relative to functions/ (e.g. `document-pdf/fonts`: read at run time). */
  assetFolders?: string[];
  /** The Lambda secrets extension, for a function that reads a secret without an SDK client. */
  paramsAndSecrets?: ParamsAndSecretsLayerVersion;
}

/**
 * A shell command that fails the bundling when `file` is larger than `budgetBytes`, naming the function (`name`)
 * and by how much it is over, so that whoever added the weight sees where.
 */
export function bundleBudgetCheck(file: string, budgetBytes: number, name = file): string {
  const budget = Math.floor(budgetBytes);
  return (
    `size=$(wc -c < "${file}") && if [ "$size" -gt ${budget} ]; then ` +
    `echo "bundle budget: ${name} is $size bytes, $((size - ${budget})) bytes over its budget of ${budget} bytes` +
    ` (npm run bench:bundles shows every function)" >&2; exit 1; fi`
  );
}

export interface BundleSpec {
  /** The function, as the budget check names it (its entry). */
  name: string;
  budgetBytes: number;
  assetFolders?: string[] | undefined;
}

export function bundlingOptions({ name, budgetBytes, assetFolders = [] }: BundleSpec): BundlingOptions {
  return {
    format: OutputFormat.ESM,
    target: 'node22',
    minify: true,
    sourceMap: true,
    sourcesContent: false,
    mainFields: ['module', 'main'],
    // Some CommonJS dependencies call require() on Node built-ins, which an ES module lacks.
    banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    bundleAwsSDK: true,
    externalModules: [],
    // Credentials from the environment only, where Lambda puts them (infra/lambda-credentials.ts); node:http
    // without the facade that loads undici at import (infra/node-http.ts).
    esbuildArgs: {
      '--alias:@aws-sdk/credential-provider-node': LAMBDA_CREDENTIALS_MODULE,
      '--alias:node:http': NODE_HTTP_MODULE,
    },
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (inputDir, outputDir) => [
        bundleBudgetCheck(`${outputDir}/index.mjs`, budgetBytes, name),
        // Beside index.mjs as beside the module that reads it (`new URL('./fonts/…', import.meta.url)`).
        ...assetFolders.map((folder) => `cp -R "${inputDir}/functions/${folder}" "${outputDir}/"`),
      ],
    },
  };
}

export class PermisPointsFunction extends NodejsFunction {
  /** The entry module, relative to functions/, and its exported handler: what bench:bundles bundles. */
  readonly entryModule: string;
  readonly handlerExport: string;
  readonly bundleSpec: BundleSpec;

  constructor(scope: Construct, id: string, props: PermisPointsFunctionProps) {
    const bundle: BundleSpec = {
      name: props.entry,
      budgetBytes: props.bundleBudgetBytes ?? DEFAULT_BUNDLE_BUDGET_BYTES,
      assetFolders: props.assetFolders,
    };
    // Built beside the function because a subclass cannot create children before calling super().
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.THREE_MONTHS });
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.description}`,
    });
    super(scope, id, {
      entry: join(projectRoot, 'functions', props.entry),
      handler: props.handler ?? 'handler',
      description: props.description,
      projectRoot,
      depsLockFilePath: join(projectRoot, 'package-lock.json'),
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      tracing: Tracing.ACTIVE,
      logGroup,
      role,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      bundling: bundlingOptions(bundle),
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      ...(props.paramsAndSecrets ? { paramsAndSecrets: props.paramsAndSecrets } : {}),
    });
    this.entryModule = props.entry;
    this.handlerExport = props.handler ?? 'handler';
    this.bundleSpec = bundle;
    logGroup.grantWrite(role);
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords accept no resource but *.',
    });
    const pinnedRuntime =
      'The project runs on Node 22 (package.json engines, npm start); Lambda moves when the project does.';
    Validations.of(this).acknowledge(
      { id: 'AwsSolutions-L1', reason: pinnedRuntime },
      { id: 'Serverless-LambdaLatestVersion', reason: pinnedRuntime },
    );
  }

  /** Retries a failed asynchronous invocation twice, then keeps the event and its error in `queue`. */
  keepFailedEventsIn(queue: IQueue): void {
    // Not SqsDestination, which also grants sqs:GetQueueAttributes and sqs:GetQueueUrl: Lambda only sends.
    const onFailure: IDestination = {
      bind: (_scope, handler) => {
        handler.addToRolePolicy(
          new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [queue.queueArn] }),
        );
        return { destination: queue.queueArn };
      },
    };
    this.configureAsyncInvoke({ retryAttempts: 2, maxEventAge: Duration.hours(6), onFailure });
    Validations.of(this).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason:
        'Failed asynchronous invocations go to an on-failure destination (an SQS queue), which keeps the error with the event.',
    });
  }

  /** For a function API Gateway invokes synchronously: the caller gets the error, no event is left to keep. */
  acknowledgeSynchronousInvocation(): void {
    Validations.of(this).acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason:
        'Invoked synchronously by API Gateway only: the caller gets the error, no event is left to keep.',
    });
  }
}
