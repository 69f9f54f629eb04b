// Alarms on the security events the functions count (functions/adapters/security-events.ts): a burst of refused
// links, rate limits, displaced declared links or refused tokens is what an attack looks like from here.
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import { SECURITY_METRICS_NAMESPACE, type SecurityEventName } from '../functions/adapters/security-events.ts';

/** Events per 5 minutes above which someone should look: far above what honest motorists cause. */
export const securityAlarmThresholds: Record<SecurityEventName, number> = {
  'link-refused': 50,
  'link-rate-limited': 20,
  'link-conflict': 50,
  'declared-link-displaced': 10,
  'token-refused': 200,
};

export class SecurityAlarms extends Construct {
  readonly alarms: Alarm[];

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.alarms = Object.entries(securityAlarmThresholds).map(
      ([event, threshold]) =>
        new Alarm(this, event, {
          alarmDescription: `More than ${threshold} "${event}" security events in 5 minutes: look at the logs (securityEvent = ${event}).`,
          metric: new Metric({
            namespace: SECURITY_METRICS_NAMESPACE,
            metricName: 'SecurityEvent',
            dimensionsMap: { event, service: 'permis-points' },
            period: Duration.minutes(5),
            statistic: Stats.SUM,
          }),
          threshold,
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
          evaluationPeriods: 1,
          treatMissingData: TreatMissingData.NOT_BREACHING,
        }),
    );
  }
}
