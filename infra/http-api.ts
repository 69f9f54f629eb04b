// The HTTP API (API Gateway v2): CORS for the web origin, JSON access logs, stage throttling, and a
// `$default` route to the not-found function, so an unknown path or method gets problem+json too.
import { Duration, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpStage,
  LogGroupLogDestination,
  type HttpMethod,
  type HttpRoute,
  type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { API_BUNDLE_BUDGET_BYTES, PermisPointsFunction } from './permis-points-function.ts';

/** Requests per second across the API, and the burst above it, before API Gateway answers 429. */
export const apiThrottle = { rateLimit: 200, burstLimit: 400 };

// The route key, never the path: paths carry licence numbers, which do not belong in logs.
const accessLogFields = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  sourceIp: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
};

export interface PermisPointsHttpApiProps {
  /** The web front end's origin, the only one CORS lets in. */
  webOrigin: string;
}

export class PermisPointsHttpApi extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly notFound: PermisPointsFunction;

  constructor(scope: Construct, id: string, props: PermisPointsHttpApiProps) {
    super(scope, id);
    this.notFound = new PermisPointsFunction(this, 'NotFound', {
      entry: 'not-found/handler.ts',
      description: 'not-found: the $default route (problem+json 404, or 405 with Allow)',
      memorySize: 256,
      bundleBudgetBytes: API_BUNDLE_BUDGET_BYTES,
    });
    this.notFound.acknowledgeSynchronousInvocation();
    this.httpApi = new HttpApi(this, 'Api', {
      apiName: 'permis-points',
      description: 'permis-points API (CONTRACT.md section 2) and the FranceConnect bridge',
      createDefaultStage: false,
      defaultIntegration: new HttpLambdaIntegration('NotFound', this.notFound),
      corsPreflight: {
        allowOrigins: [props.webOrigin],
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.PUT, CorsHttpMethod.POST, CorsHttpMethod.DELETE],
        allowHeaders: ['authorization', 'content-type'],
        exposeHeaders: ['content-disposition', 'retry-after', 'allow'],
        maxAge: Duration.hours(1),
      },
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.THREE_MONTHS });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: apiThrottle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(accessLogFields)),
      },
    });
    const defaultRoute = this.httpApi.node.findChild('DefaultRoute');
    Validations.of(defaultRoute).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: 'The catch-all route only answers 404 or 405 (problem+json): there is nothing to authorise.',
    });
  }

  /** The API's base URL, without a trailing slash. */
  get url(): string {
    return this.httpApi.apiEndpoint;
  }

  /**
   * Routes `method path` to `handler` (`id` names the integration). Without an authorizer the route
   * is public at the gateway: the handler verifies tokens itself, so that refusals keep the
   * problem+json shape of CONTRACT.md section 2.
   */
  addFunctionRoute(
    id: string,
    method: HttpMethod,
    path: string,
    handler: IFunction,
    authorizer?: IHttpRouteAuthorizer,
  ): HttpRoute {
    const [route] = this.httpApi.addRoutes({
      path,
      methods: [method],
      integration: new HttpLambdaIntegration(id, handler),
      ...(authorizer ? { authorizer } : {}),
    });
    if (!route) throw new Error(`no route was made for ${method} ${path}`);
    if (!authorizer) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'The handler verifies the access token itself (aws-jwt-verify, the same code as npm start) so refusals stay problem+json; public routes need none.',
      });
    }
    return route;
  }
}
