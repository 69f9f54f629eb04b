// The web front end in AWS (DESIGN.md "Web front end"): a private bucket read by one CloudFront
// distribution through origin access control, which also routes /v1/* to the HTTP API (one origin,
// no CORS for the web), serves the SPA's page for its addresses, adds the security headers, sits
// behind AWS WAF and logs; the built web and its config.json are deployed together.
import {
  DockerImage,
  Duration,
  Fn,
  RemovalPolicy,
  Stack,
  Token,
  Validations,
  type CfnElement,
} from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  FunctionCode,
  FunctionEventType,
  Function as CloudFrontFunction,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { UserPool, UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Construct } from 'constructs';
import type { AppClient } from './app-client.ts';
import type { FranceConnectFederation } from './franceconnect-federation.ts';
import type { PermisPointsHttpApi } from './http-api.ts';
import { projectRoot } from './permis-points-function.ts';
import type { WebConfig } from '../web/src/config.ts';
import { VIEWER_ADDRESS_HEADER } from '../functions/verify-document/viewer-address.ts';

export interface WebHostingProps {
  api: PermisPointsHttpApi;
  userPool: UserPool;
  domain: UserPoolDomain;
  webClient: AppClient;
  /** The bridge's logout step, which the web calls (cross-origin, the HTTP API's CORS) on sign-out. */
  franceConnect: Pick<FranceConnectFederation, 'logoutUrl' | 'postLogoutRedirectUri'>;
  /** The ARN of the CLOUDFRONT-scope web ACL (WebFirewallStack, in us-east-1). */
  webAclArn: string;
}

// Every address without a file extension is a page of the SPA: CloudFront serves index.html for it.
// (Distribution-wide error responses would also turn the API's problem+json 404s into the page.)
const spaRouting = `function handler(event) {
  var request = event.request;
  if (request.uri.lastIndexOf('.') <= request.uri.lastIndexOf('/')) request.uri = '/index.html';
  return request;
}`;

// The API behind CloudFront sees CloudFront's address: the viewer's is written in a header for it, over any
// the client sent (CloudFront Functions' event: event.viewer.ip; headers by lower-case name, { value }).
const viewerAddress = `function handler(event) {
  var request = event.request;
  request.headers['${VIEWER_ADDRESS_HEADER}'] = { value: event.viewer.ip };
  return request;
}`;

/**
 * The web's Content Security Policy: scripts and styles from this origin only, no inline script; calls
 * to the pool and to the API's origin, where the FranceConnect bridge's logout step is.
 */
export function contentSecurityPolicy(
  identityOrigin: string,
  managedLoginUrl: string,
  apiOrigin: string,
): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    // Origins, not URLs: a source with a path would match that path only, not the discovery under it.
    `connect-src 'self' ${identityOrigin} ${managedLoginUrl} ${apiOrigin}`,
    `form-action 'self' ${managedLoginUrl}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** The built web as a CDK asset: `npm run build:web` into the asset folder at synth time. */
function webAsset() {
  return Source.asset(join(projectRoot, 'web'), {
    exclude: ['dist'],
    bundling: {
      // Only when the local build cannot run; it always can where `npm install` ran.
      image: DockerImage.fromRegistry('node:22'),
      local: {
        tryBundle(outputDir: string) {
          execFileSync(process.execPath, [join(projectRoot, 'web', 'scripts', 'build-web.ts')], {
            cwd: projectRoot,
            env: { ...process.env, WEB_OUT_DIR: outputDir },
            stdio: 'inherit',
          });
          return true;
        },
      },
    },
  });
}

export class WebHosting extends Construct {
  readonly bucket: Bucket;
  readonly logs: Bucket;
  readonly distribution: Distribution;
  readonly headers: ResponseHeadersPolicy;
  readonly deployment: BucketDeployment;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    const { api, userPool, domain, webClient } = props;

    // CloudFront standard logs need ACLs on their bucket; nothing else may write there.
    this.logs = new Bucket(this, 'Logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the log bucket: logging its own access would log the logs, without end.',
    });
    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 'site-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'permis-points web: CSP without inline scripts, HSTS, nosniff, no framing, referrer policy',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy(
            `https://cognito-idp.${Stack.of(this).region}.${Stack.of(this).urlSuffix}`,
            domain.baseUrl(),
            api.url,
          ),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
    });

    // The API's host name, from its https://<id>.execute-api.<region>.amazonaws.com endpoint.
    const apiHost = Fn.select(2, Fn.split('/', api.url));
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'permis-points: the web front end, and /v1/* to the API',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      webAclId: props.webAclArn,
      enableLogging: true,
      logBucket: this.logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new CloudFrontFunction(this, 'SpaRouting', {
              comment: 'permis-points: the SPA page for every address without a file extension',
              code: FunctionCode.fromInline(spaRouting),
            }),
          },
        ],
      },
      additionalBehaviors: {
        '/v1/*': {
          origin: new HttpOrigin(apiHost),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Everything the API reads (Authorization, Accept-Language, the query), except the Host.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: this.headers,
          functionAssociations: [
            {
              eventType: FunctionEventType.VIEWER_REQUEST,
              function: new CloudFrontFunction(this, 'ViewerAddress', {
                comment: "permis-points: the viewer's address for the API's limits per address",
                code: FunctionCode.fromInline(viewerAddress),
              }),
            },
          ],
        },
      },
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'Motorists holding a French licence live and travel everywhere: no country is refused.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The distribution uses the default CloudFront certificate until a custom domain is set; CloudFront then negotiates TLS 1.2 or newer with current browsers.',
      },
    );

    // The built web, and the settings it reads at start, written at deploy time.
    this.deployment = new BucketDeployment(this, 'Deployment', {
      destinationBucket: this.bucket,
      sources: [
        webAsset(),
        Source.jsonData('config.json', {
          authority: userPool.userPoolProviderUrl,
          clientId: webClient.client.userPoolClientId,
          redirectUri: webClient.callbackUrl,
          postLogoutRedirectUri: webClient.signOutUrl,
          logoutUrl: `${domain.baseUrl()}/logout`,
          franceConnectLogoutUrl: props.franceConnect.logoutUrl,
          franceConnectPostLogoutRedirectUri: props.franceConnect.postLogoutRedirectUri,
          apiBase: '',
        } satisfies WebConfig),
      ],
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
      memoryLimit: 512,
    });
    this.acknowledgeDeploymentFunction();
  }

  /** CDK's BucketDeployment runs one shared function, at the stack's root, with CDK's own grants. */
  private acknowledgeDeploymentFunction(): void {
    const stack = Stack.of(this);
    const handler = stack.node.children.find((child) =>
      child.node.id.startsWith('Custom::CDKBucketDeployment'),
    );
    if (!handler) throw new Error('the BucketDeployment function was not found');
    const site = stack.getLogicalId(this.bucket.node.defaultChild as CfnElement);
    // cdk-nag names the CDK assets bucket as the template does: by its parts, or resolved in a known environment.
    const known = (value: string, placeholder: string) => (Token.isUnresolved(value) ? placeholder : value);
    const assetsBucket = `arn:${known(stack.partition, '<AWS::Partition>')}:s3:::cdk-hnb659fds-assets-${known(stack.account, '<AWS::AccountId>')}-${known(stack.region, '<AWS::Region>')}`;
    const copying =
      'CDK BucketDeployment copies the built web from the CDK assets bucket into the site bucket and removes stale files: it needs these object actions on those two buckets only.';
    const ownRuntime = 'The runtime of the BucketDeployment function is chosen and updated by aws-cdk-lib.';
    Validations.of(handler).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'The BucketDeployment function of aws-cdk-lib writes its logs with the AWS basic execution policy.',
      },
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*', 's3:Abort*', 's3:DeleteObject*'].map((action) => ({
        id: `AwsSolutions-IAM5[Action::${action}]`,
        reason: copying,
      })),
      {
        id: `AwsSolutions-IAM5[Resource::${assetsBucket}/*]`,
        reason: copying,
      },
      { id: `AwsSolutions-IAM5[Resource::<${site}.Arn>/*]`, reason: copying },
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'cloudfront:CreateInvalidation and GetInvalidation after a deployment; CDK grants them on every distribution.',
      },
      { id: 'AwsSolutions-L1', reason: ownRuntime },
      { id: 'Serverless-LambdaLatestVersion', reason: ownRuntime },
      {
        id: 'Serverless-LambdaDLQ',
        reason:
          'Invoked synchronously by CloudFormation as a custom resource: a failure fails the deployment itself.',
      },
      {
        id: 'Serverless-LambdaTracing',
        reason:
          'A deploy-time copy run by CloudFormation: its logs say all there is, tracing would add nothing.',
      },
    );
  }
}
