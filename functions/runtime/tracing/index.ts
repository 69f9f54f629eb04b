// X-Ray through Powertools Tracer, for the functions that are not behind the API: the Tracer brings
// aws-xray-sdk-core (about 125 KB minified), which the API functions' bundle budget cannot take. Outside
// Lambda (no AWS_EXECUTION_ENV) the Tracer does nothing.
import { Tracer } from '@aws-lambda-powertools/tracer';
import { captureLambdaHandler } from '@aws-lambda-powertools/tracer/middleware';
import { SERVICE_NAME } from '../observability.ts';

export const tracer = new Tracer({ serviceName: SERVICE_NAME });

/** What a traced entry adds: a segment per invocation, and a subsegment per AWS SDK call. */
export const tracing = {
  middleware: captureLambdaHandler(tracer, { captureResponse: false }),
  instrument: <Client>(client: Client): Client => tracer.captureAWSv3Client(client),
};
