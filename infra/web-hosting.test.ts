// The web front end in AWS: a private bucket behind one CloudFront distribution (origin access
// control) that routes /v1/* to the API, serves the SPA's page for its addresses, adds the security
// headers, sits behind AWS WAF (us-east-1) and logs; config.json is written at deploy time.
import type { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { grantedPermissions } from './granted-permissions.ts';
import { testApp } from './test-app.ts';
import { webRateLimits } from './web-firewall-stack.ts';

const { app, stateful, service, edge } = testApp();
let web: Template;
let firewall: Template;
let permissionsOf: ReturnType<typeof grantedPermissions>['permissionsOf'];

beforeAll(() => {
  const assembly = app.synth();
  web = Template.fromStack(service);
  firewall = Template.fromStack(edge);
  ({ permissionsOf } = grantedPermissions(assembly, [stateful, service]));
});

/** The properties of the first resource of `type` in `template`. */
const propertiesOf = (template: Template, type: string) =>
  (Object.values(template.findResources(type))[0] as { Properties: Record<string, unknown> }).Properties;
/** The code of the CloudFront function whose comment says `about`, as CloudFront runs it: its `handler`. */
function cloudFrontFunction<Event, Answer>(about: RegExp): (event: Event) => Answer {
  const functions = Object.values(web.findResources('AWS::CloudFront::Function')) as {
    Properties: { FunctionCode: string; FunctionConfig: { Comment: string } };
  }[];
  const found = functions.find((candidate) => about.test(candidate.Properties.FunctionConfig.Comment));
  if (!found) throw new Error(`no CloudFront function about ${about}`);
  return runInNewContext(`${found.Properties.FunctionCode}; handler`) as (event: Event) => Answer;
}
const idOf = (construct: { node: { defaultChild?: unknown } }) =>
  service.getLogicalId(construct.node.defaultChild as CfnElement);
const distribution = () =>
  propertiesOf(web, 'AWS::CloudFront::Distribution').DistributionConfig as {
    DefaultCacheBehavior: Record<string, unknown>;
    CacheBehaviors: Record<string, unknown>[];
    Origins: {
      Id: string;
      DomainName: unknown;
      S3OriginConfig?: unknown;
      OriginAccessControlId?: unknown;
      CustomOriginConfig?: Record<string, unknown>;
    }[];
    WebACLId: unknown;
    Logging: Record<string, unknown>;
  };
// CloudFront's managed policies, by their documented ids.
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

describe('the web hosting', () => {
  it('keeps the site bucket private, encrypted, TLS-only and logged', () => {
    web.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { DestinationBucketName: { Ref: idOf(service.web.logs) } },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    });
    expect(
      web.findResources('AWS::S3::Bucket', { Properties: { WebsiteConfiguration: Match.anyValue() } }),
    ).toEqual({});
  });

  it('lets only this distribution read the bucket, through origin access control', () => {
    web.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: {
        OriginAccessControlOriginType: 's3',
        SigningBehavior: 'always',
        SigningProtocol: 'sigv4',
      },
    });
    const s3Origin = distribution().Origins.find((origin) => origin.S3OriginConfig)!;
    expect(s3Origin.OriginAccessControlId).toEqual({
      'Fn::GetAtt': [expect.stringMatching(/OriginAccessControl/), 'Id'],
    });
    web.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: idOf(service.web.bucket) },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Action: 's3:GetObject',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Condition: {
              StringEquals: {
                'AWS:SourceArn': Match.objectLike({ 'Fn::Join': Match.anyValue() }),
              },
            },
          }),
        ]),
      },
    });
  });

  it('serves the web from the bucket over HTTPS, with the SPA page for every address', () => {
    const { DefaultCacheBehavior } = distribution();
    expect(DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: 'redirect-to-https',
      CachePolicyId: CACHING_OPTIMIZED,
      ResponseHeadersPolicyId: { Ref: idOf(service.web.headers) },
      FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: expect.anything() as unknown }],
    });
    // The function's own code, run as CloudFront runs it: `handler(event)` answers the request to serve.
    const handler = cloudFrontFunction<{ request: { uri: string } }, { uri: string }>(/SPA page/);
    const served = (uri: string) => handler({ request: { uri } }).uri;
    expect(served('/mes-points')).toBe('/index.html');
    expect(served('/verifier/RIR-2026-ABC')).toBe('/index.html');
    expect(served('/')).toBe('/index.html');
    expect(served('/assets/index-3f2a.js')).toBe('/assets/index-3f2a.js');
    expect(served('/config.json')).toBe('/config.json');
    // No distribution-wide error page: the API's own 404s (problem+json) pass through untouched.
    expect(distribution()).not.toHaveProperty('CustomErrorResponses');
  });

  it('routes /v1/* to the HTTP API over HTTPS, every method, nothing cached, the viewer’s headers but Host passed on', () => {
    const [api] = distribution().CacheBehaviors;
    expect(distribution().CacheBehaviors).toHaveLength(1);
    expect(api).toMatchObject({
      PathPattern: '/v1/*',
      ViewerProtocolPolicy: 'https-only',
      AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
      CachePolicyId: CACHING_DISABLED,
      OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
    });
    expect(api!.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: expect.anything() as unknown },
    ]);
    const origin = distribution().Origins.find((candidate) => candidate.Id === api!.TargetOriginId)!;
    expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only' });
    expect(JSON.stringify(origin.DomainName)).toContain(
      service.getLogicalId(service.api.httpApi.node.defaultChild as CfnElement),
    );
  });

  it('gives the API the viewer’s address, written over any the client sent', () => {
    type Headers = Record<string, { value: string }>;
    const handler = cloudFrontFunction<
      { viewer: { ip: string }; request: { uri: string; headers: Headers } },
      { uri: string; headers: Headers }
    >(/viewer's address/);
    const forwarded = handler({
      viewer: { ip: '2a01:cb00:1:2::3' },
      request: {
        uri: '/v1/verify/RIR-2026-ABCD-EFGH',
        headers: { 'x-viewer-address': { value: '10.0.0.1' }, accept: { value: 'application/json' } },
      },
    });
    expect(forwarded).toEqual({
      uri: '/v1/verify/RIR-2026-ABCD-EFGH',
      headers: { 'x-viewer-address': { value: '2a01:cb00:1:2::3' }, accept: { value: 'application/json' } },
    });
  });

  it('sends the security headers: a CSP without inline scripts, HSTS, nosniff, no framing, a referrer policy', () => {
    const headers = (
      propertiesOf(web, 'AWS::CloudFront::ResponseHeadersPolicy').ResponseHeadersPolicyConfig as {
        SecurityHeadersConfig: Record<string, Record<string, unknown>>;
      }
    ).SecurityHeadersConfig;
    const csp = JSON.stringify(headers.ContentSecurityPolicy!.ContentSecurityPolicy);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    // The user pool's discovery and the managed login's token endpoint, by origin.
    expect(csp).toContain("connect-src 'self' https://cognito-idp.");
    // The API's origin: the FranceConnect bridge's logout step, called on sign-out.
    expect(csp).toContain(idOf(service.api.httpApi));
    expect(headers.StrictTransportSecurity).toMatchObject({
      AccessControlMaxAgeSec: 63_072_000,
      IncludeSubdomains: true,
      Override: true,
    });
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(headers.ReferrerPolicy).toEqual({
      ReferrerPolicy: 'strict-origin-when-cross-origin',
      Override: true,
    });
  });

  it('puts the distribution behind the web ACL of the us-east-1 stack, and logs its requests', () => {
    expect(JSON.stringify(distribution().WebACLId)).toContain(edge.getLogicalId(edge.webAcl));
    expect(distribution().Logging).toMatchObject({
      Bucket: { 'Fn::GetAtt': [idOf(service.web.logs), 'RegionalDomainName'] },
    });
  });

  it('writes the built web and its config.json at deploy time, then refreshes the page and the settings', () => {
    const deployment = propertiesOf(web, 'Custom::CDKBucketDeployment');
    expect(deployment).toMatchObject({
      DestinationBucketName: { Ref: idOf(service.web.bucket) },
      DistributionId: { Ref: idOf(service.web.distribution) },
      DistributionPaths: ['/index.html', '/config.json'],
      Prune: true,
    });
    // config.json's deploy-time values: the pool's issuer, the web client, the managed login.
    const markers = JSON.stringify(deployment.SourceMarkers);
    expect(markers).toContain('ProviderURL');
    expect(markers).toContain(JSON.stringify({ Ref: idOf(service.webClient.client) }));
    expect(markers).toContain('ManagedLogin');
    // The API's endpoint: where the bridge's logout step is.
    expect(markers).toContain(JSON.stringify({ 'Fn::GetAtt': [idOf(service.api.httpApi), 'ApiEndpoint'] }));
  });

  it('lets the deployment function only copy into the site bucket and refresh the cache', () => {
    const site = 'PermisPoints-Service/WebHosting/Site.Arn';
    const assets =
      'arn:${AWS::Partition}:s3:::{"Fn::Sub":"cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"}';
    const onBoth = (action: string, bucket: string) => [`${action} on ${bucket}`, `${action} on ${bucket}/*`];
    const expected = [
      'cloudfront:CreateInvalidation on *',
      'cloudfront:GetInvalidation on *',
      'managed policy arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      ...['s3:Abort*', 's3:DeleteObject*'].flatMap((action) => onBoth(action, site)),
      ...['s3:GetBucket*', 's3:GetObject*', 's3:List*'].flatMap((action) => [
        ...onBoth(action, site),
        ...onBoth(action, assets),
      ]),
      ...[
        's3:PutObject',
        's3:PutObjectLegalHold',
        's3:PutObjectRetention',
        's3:PutObjectTagging',
        's3:PutObjectVersionTagging',
      ].flatMap((action) => onBoth(action, site)),
    ];
    expect(permissionsOf(service.web.deployment.handlerRole)).toEqual(expected);
  });
});

describe('the web firewall', () => {
  it('is a CloudFront web ACL with the managed common and known-bad-inputs rules', () => {
    firewall.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      DefaultAction: { Allow: {} },
      Rules: Match.arrayWith([
        Match.objectLike({
          Statement: {
            ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' },
          },
          OverrideAction: { None: {} },
        }),
        Match.objectLike({
          Statement: {
            ManagedRuleGroupStatement: { VendorName: 'AWS', Name: 'AWSManagedRulesKnownBadInputsRuleSet' },
          },
        }),
      ]),
    });
  });

  it('blocks an address past its rate, and much sooner on PUT /v1/me/licence', () => {
    const rules = propertiesOf(firewall, 'AWS::WAFv2::WebACL').Rules as {
      Name: string;
      Action?: unknown;
      Statement: { RateBasedStatement?: Record<string, unknown> };
    }[];
    const rated = rules.filter((rule) => rule.Statement.RateBasedStatement);
    expect(rated.map((rule) => [rule.Name, rule.Action, rule.Statement.RateBasedStatement!.Limit])).toEqual([
      ['RatePerAddress', { Block: {} }, webRateLimits.perAddress],
      ['RatePerAddressOnLicenceLinking', { Block: {} }, webRateLimits.licenceLinking],
    ]);
    expect(webRateLimits.licenceLinking).toBeLessThan(webRateLimits.perAddress);
    for (const rule of rated)
      expect(rule.Statement.RateBasedStatement).toMatchObject({ AggregateKeyType: 'IP' });
    expect(rated[1]!.Statement.RateBasedStatement!.ScopeDownStatement).toEqual({
      AndStatement: {
        Statements: [
          {
            ByteMatchStatement: expect.objectContaining({
              FieldToMatch: { Method: {} },
              SearchString: 'PUT',
              PositionalConstraint: 'EXACTLY',
            }) as unknown,
          },
          {
            ByteMatchStatement: expect.objectContaining({
              FieldToMatch: { UriPath: {} },
              SearchString: '/v1/me/licence',
              PositionalConstraint: 'EXACTLY',
            }) as unknown,
          },
        ],
      },
    });
  });

  it('logs to a CloudWatch log group named as WAF requires', () => {
    firewall.hasResourceProperties('AWS::Logs::LogGroup', {
      LogGroupName: Match.stringLikeRegexp('^aws-waf-logs-'),
    });
    firewall.hasResourceProperties('AWS::WAFv2::LoggingConfiguration', {
      ResourceArn: { 'Fn::GetAtt': [edge.getLogicalId(edge.webAcl), 'Arn'] },
    });
  });
});
