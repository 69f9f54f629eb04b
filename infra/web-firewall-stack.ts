// AWS WAF for the CloudFront distribution. A web ACL of CLOUDFRONT scope can only be created in
// us-east-1, whatever region the service runs in: it gets its own small stack there, and the service
// stack reads its ARN through a cross-region reference (CDK's SSM-backed `crossRegionReferences`).
import { ArnFormat, Stack, type StackProps } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnLoggingConfiguration, CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

/** Requests a single address may make in 5 minutes, everywhere, then on PUT /v1/me/licence. */
export const webRateLimits = { perAddress: 1000, licenceLinking: 20, windowSeconds: 300 };

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({
  cloudWatchMetricsEnabled: true,
  metricName,
  sampledRequestsEnabled: true,
});

const managedRule = (name: string, priority: number): CfnWebACL.RuleProperty => ({
  name,
  priority,
  overrideAction: { none: {} },
  statement: { managedRuleGroupStatement: { vendorName: 'AWS', name } },
  visibilityConfig: visibility(name),
});

const exactly = (
  fieldToMatch: CfnWebACL.FieldToMatchProperty,
  searchString: string,
): CfnWebACL.StatementProperty => ({
  byteMatchStatement: {
    fieldToMatch,
    searchString,
    positionalConstraint: 'EXACTLY',
    textTransformations: [{ priority: 0, type: 'NONE' }],
  },
});

export class WebFirewallStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: StackProps = {}) {
    super(scope, id, {
      description:
        'permis-points: AWS WAF of the CloudFront distribution (us-east-1, as CloudFront requires)',
      ...props,
    });
    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: 'permis-points-web',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('permis-points-web'),
      rules: [
        managedRule('AWSManagedRulesCommonRuleSet', 0),
        managedRule('AWSManagedRulesKnownBadInputsRuleSet', 1),
        {
          name: 'RatePerAddress',
          priority: 2,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: webRateLimits.perAddress,
              evaluationWindowSec: webRateLimits.windowSeconds,
            },
          },
          visibilityConfig: visibility('RatePerAddress'),
        },
        {
          // Linking guesses identities: far fewer tries per address than anything else.
          name: 'RatePerAddressOnLicenceLinking',
          priority: 3,
          action: { block: {} },
          statement: {
            rateBasedStatement: {
              aggregateKeyType: 'IP',
              limit: webRateLimits.licenceLinking,
              evaluationWindowSec: webRateLimits.windowSeconds,
              scopeDownStatement: {
                andStatement: {
                  statements: [exactly({ method: {} }, 'PUT'), exactly({ uriPath: {} }, '/v1/me/licence')],
                },
              },
            },
          },
          visibilityConfig: visibility('RatePerAddressOnLicenceLinking'),
        },
      ],
    });
    // WAF only writes to log groups whose name starts with `aws-waf-logs-`.
    const logs = new LogGroup(this, 'WebAclLogs', {
      logGroupName: 'aws-waf-logs-permis-points-web',
      retention: RetentionDays.THREE_MONTHS,
    });
    new CfnLoggingConfiguration(this, 'WebAclLogging', {
      resourceArn: this.webAcl.attrArn,
      // WAF wants the log group's ARN without the `:*` CloudFormation's attribute ends with.
      logDestinationConfigs: [
        this.formatArn({
          service: 'logs',
          resource: 'log-group',
          resourceName: logs.logGroupName,
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
        }),
      ],
    });
  }
}
