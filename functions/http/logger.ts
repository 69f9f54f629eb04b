// Structured JSON logs (Powertools). Never log tokens or full licence numbers:
// mask them with maskLicenceNumber first.
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({
  serviceName: 'permis-points',
  logLevel: (process.env.LOG_LEVEL ?? 'INFO') as 'INFO',
});
