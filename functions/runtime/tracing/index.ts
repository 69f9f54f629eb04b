// X-Ray through Powertools Tracer, for the functions that are not behind the API: the Tracer brings
// aws-xray-sdk-core (about 125 KB minified), which the API functions' bundle budget cannot take. Outside Lambda
// (no AWS_EXECUTION_ENV) the Tracer would trace nothing, yet the X-Ray SDK hooks every promise of the process
// from the moment it loads (cls-hooked's async hooks): there it is not loaded, and tracing passes through.
import type middy from '@middy/core';
import { SERVICE_NAME } from '../observability.ts';

/** What a traced entry adds: a segment per invocation (its entry's layers), and a subsegment per AWS SDK call. */
export interface Tracing {
  layers: middy.MiddlewareObj[];
  instrument: <Client>(client: Client) => Client;
}

async function xRayTracing(): Promise<Tracing> {
  const [{ Tracer }, { captureLambdaHandler }] = await Promise.all([
    import('@aws-lambda-powertools/tracer'),
    import('@aws-lambda-powertools/tracer/middleware'),
  ]);
  const tracer = new Tracer({ serviceName: SERVICE_NAME });
  return {
    layers: [captureLambdaHandler(tracer, { captureResponse: false })],
    instrument: (client) => tracer.captureAWSv3Client(client),
  };
}

const passThrough: Tracing = { layers: [], instrument: (client) => client };

export const tracing: Tracing = process.env.AWS_EXECUTION_ENV ? await xRayTracing() : passThrough;
