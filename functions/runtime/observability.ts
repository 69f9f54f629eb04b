// Structured JSON logs and CloudWatch metrics (Powertools), one of each per process. Never log tokens or full
// licence numbers: mask them first. Business events are counted in the PermisPoints namespace.
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

export const SERVICE_NAME = 'permis-points';
export const BUSINESS_METRICS_NAMESPACE = 'PermisPoints';

export const logger = new Logger({
  serviceName: SERVICE_NAME,
  logLevel: (process.env.LOG_LEVEL ?? 'INFO') as 'INFO',
});

export const metrics = new Metrics({ namespace: BUSINESS_METRICS_NAMESPACE, serviceName: SERVICE_NAME });

export type BusinessEvent =
  'LicenceLinked' | 'LinkRefused' | 'PointsRestored' | 'AlertSent' | 'DocumentIssued';

/** Counts `count` business events of one kind; flushed at the end of the invocation by its entry point. */
export function countBusinessEvent(name: BusinessEvent, count = 1, dimension?: [string, string]): void {
  if (count <= 0) return;
  if (!dimension) return void metrics.addMetric(name, MetricUnit.Count, count);
  const single = metrics.singleMetric();
  single.addDimension(dimension[0], dimension[1]);
  single.addMetric(name, MetricUnit.Count, count);
}
