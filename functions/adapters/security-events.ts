// Security events (refused links, rate limits, displaced links, refused tokens): one structured log line each,
// with no personal data, and one CloudWatch metric per event name so that an alarm can fire on a burst.
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logger } from '../runtime/index.ts';

export type SecurityEventName =
  'link-refused' | 'link-rate-limited' | 'link-conflict' | 'declared-link-displaced' | 'token-refused';

/** Reasons and counts only: never a token, a name, an e-mail address or a full licence number. */
export type SecurityEventFields = Record<string, string | number | boolean>;

export type SecurityEventSink = (name: SecurityEventName, fields: SecurityEventFields) => void;

export const SECURITY_METRICS_NAMESPACE = 'PermisPoints/Security';

const metrics = new Metrics({ namespace: SECURITY_METRICS_NAMESPACE, serviceName: 'permis-points' });

const logAndCount: SecurityEventSink = (name, fields) => {
  logger.warn('security event', { securityEvent: name, ...fields });
  const single = metrics.singleMetric();
  single.addDimension('event', name);
  single.addMetric('SecurityEvent', MetricUnit.Count, 1);
};

let sink: SecurityEventSink = logAndCount;

export function recordSecurityEvent(name: SecurityEventName, fields: SecurityEventFields = {}): void {
  sink(name, fields);
}

/** For tests: collect the events instead of logging them; answers a function that restores the default. */
export function captureSecurityEvents(into: { name: SecurityEventName; fields: SecurityEventFields }[]) {
  sink = (name, fields) => into.push({ name, fields });
  return () => {
    sink = logAndCount;
  };
}
