import type { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { eventTypes } from '../events/index.ts';
import { httpRoutes } from '../functions/routes.ts';
import { messagesFor } from '../functions/send-alerts/messages.ts';
import { alertingEvents } from './domain-events.ts';
import { apiThrottle } from './http-api.ts';
import { restorationLimits } from './restoration.ts';
import { testApp } from './test-app.ts';

const { service } = testApp();
let template: Template;

beforeAll(() => {
  template = Template.fromStack(service);
});

const idOf = (construct: { node: { defaultChild?: unknown } }) =>
  service.getLogicalId(construct.node.defaultChild as CfnElement);
const propertiesOf = (logicalId: string) =>
  (template.toJSON() as { Resources: Record<string, { Properties: Record<string, unknown> }> }).Resources[
    logicalId
  ]?.Properties ?? {};
const resourcesOf = (type: string) =>
  Object.entries(template.findResources(type)) as [string, { Properties: Record<string, unknown> }][];
/** The function each route key leads to, through its integration. */
const routeTargets = () =>
  Object.fromEntries(
    resourcesOf('AWS::ApiGatewayV2::Route').map(([, { Properties }]) => {
      const [, [, integration]] = (Properties.Target as { 'Fn::Join': [string, [string, { Ref: string }]] })[
        'Fn::Join'
      ];
      const uri = propertiesOf(integration.Ref).IntegrationUri as {
        'Fn::GetAtt': [string, string];
      };
      return [Properties.RouteKey as string, uri['Fn::GetAtt'][0]];
    }),
  );

describe('the HTTP API', () => {
  it('routes each route of functions/routes.ts to its own function, and anything else to not-found', () => {
    const expected: [string, string][] = [
      ...httpRoutes.map(({ spec }): [string, string] => [
        `${spec.method} ${spec.path}`,
        idOf(service.routes.functions[spec.operationId]!),
      ]),
      // Cognito posts the code exchange; the browser and Cognito's attribute request use GET.
      ['GET /franceconnect/authorize', idOf(service.franceConnect.bridge.authorize)],
      ['POST /franceconnect/token', idOf(service.franceConnect.bridge.token)],
      ['GET /franceconnect/userinfo', idOf(service.franceConnect.bridge.userinfo)],
      ['POST /franceconnect/logout', idOf(service.franceConnect.bridge.logout)],
      ['$default', idOf(service.api.notFound)],
    ];
    expect(routeTargets()).toEqual(Object.fromEntries(expected));
  });

  it('lets only the web origin call it from a browser, with a bearer token and JSON', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      ProtocolType: 'HTTP',
      CorsConfiguration: {
        AllowOrigins: ['https://points.example.org'],
        AllowMethods: ['GET', 'PUT', 'POST', 'DELETE'],
        AllowHeaders: ['authorization', 'content-type'],
      },
    });
  });

  it('logs every request as JSON, by route and never by path, which carries licence numbers', () => {
    const [[, stage]] = resourcesOf('AWS::ApiGatewayV2::Stage') as [
      [string, { Properties: Record<string, unknown> }],
    ];
    const { Format } = stage.Properties.AccessLogSettings as { Format: string };
    const fields = JSON.parse(Format) as Record<string, string>;
    expect(fields).toMatchObject({
      requestId: '$context.requestId',
      routeKey: '$context.routeKey',
      status: '$context.status',
    });
    expect(Object.values(fields).filter((value) => /\$context\.(path|rawPath)/.test(value))).toEqual([]);
  });

  it('throttles the whole stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: {
        ThrottlingRateLimit: apiThrottle.rateLimit,
        ThrottlingBurstLimit: apiThrottle.burstLimit,
      },
    });
  });

  it('authorises no route at the gateway: every handler verifies the token itself, so refusals stay problem+json', () => {
    const authorised = resourcesOf('AWS::ApiGatewayV2::Route')
      .filter(([, { Properties }]) => Properties.AuthorizationType !== 'NONE')
      .map(([, { Properties }]) => Properties.RouteKey);
    expect(authorised).toEqual([]);
    expect(resourcesOf('AWS::ApiGatewayV2::Authorizer')).toEqual([]);
  });
});

const appClients = [
  {
    name: 'web',
    appClient: () => service.webClient,
    callbackUrl: 'https://points.example.org/auth/callback',
    logoutUrl: 'https://points.example.org/',
  },
  {
    name: 'mobile',
    appClient: () => service.mobileClient,
    callbackUrl: 'fr.permispoints.app:/oauth2redirect',
    logoutUrl: 'fr.permispoints.app:/signout',
  },
];

describe.each(appClients)('the $name client', ({ name, appClient, callbackUrl, logoutUrl }) => {
  it(`uses the authorization code flow without a secret, back to ${callbackUrl}`, () => {
    expect(propertiesOf(idOf(appClient().client))).toMatchObject({
      ClientName: name,
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      CallbackURLs: [callbackUrl],
      LogoutURLs: [logoutUrl],
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
    });
  });

  it('signs in with an e-mail account or through FranceConnect, once the provider exists', () => {
    const resource = (template.toJSON() as { Resources: Record<string, { DependsOn?: string[] }> }).Resources[
      idOf(appClient().client)
    ];
    expect(propertiesOf(idOf(appClient().client)).SupportedIdentityProviders).toEqual([
      'COGNITO',
      'FranceConnect',
    ]);
    expect(resource?.DependsOn).toEqual([idOf(service.franceConnect.provider)]);
  });

  it('has the default branding, without which the managed login pages refuse it', () => {
    template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', {
      ClientId: { Ref: idOf(appClient().client) },
      UseCognitoProvidedValues: true,
    });
  });
});

describe('the mobile client', () => {
  it('goes back to the app on the scheme the settings name, after sign-in and after logout', () => {
    const { service: other } = testApp({ 'permis-points:mobileRedirectUri': 'fr.gouv.permis.app:/callback' });
    Template.fromStack(other).hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'mobile',
      CallbackURLs: ['fr.gouv.permis.app:/callback'],
      LogoutURLs: ['fr.gouv.permis.app:/signout'],
    });
  });
});

describe('FranceConnect as identity provider', () => {
  const bridge = (step: string) => ({
    'Fn::Join': [
      '',
      [{ 'Fn::GetAtt': [idOf(service.api.httpApi), 'ApiEndpoint'] }, `/franceconnect/${step}`],
    ],
  });

  it('goes through the bridge for authorize, token and userinfo, and checks FranceConnect keys', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderName: 'FranceConnect',
      ProviderType: 'OIDC',
      ProviderDetails: Match.objectLike({
        oidc_issuer: 'https://fcp-low.sbx.dev-franceconnect.fr/api/v2',
        authorize_url: bridge('authorize'),
        token_url: bridge('token'),
        attributes_url: bridge('userinfo'),
        attributes_request_method: 'GET',
        jwks_uri: 'https://fcp-low.sbx.dev-franceconnect.fr/api/v2/jwks',
        authorize_scopes: 'openid given_name family_name birthdate birthplace birthcountry gender email',
      }),
    });
  });

  it('reads its client secret from Secrets Manager, so the template never holds it', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderDetails: Match.objectLike({
        client_secret: '{{resolve:secretsmanager:permis-points/franceconnect-client-secret:SecretString:::}}',
      }),
    });
  });

  it('uses the version of the secret named in the settings, so a new secret reaches Cognito', () => {
    const { service: withVersion } = testApp({ 'permis-points:franceConnectSecretVersionId': 'v-2' });
    Template.fromStack(withVersion).hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      ProviderDetails: Match.objectLike({
        client_secret:
          '{{resolve:secretsmanager:permis-points/franceconnect-client-secret:SecretString:::v-2}}',
      }),
    });
  });

  it('maps the identity FranceConnect asserts onto the pool attributes', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolIdentityProvider', {
      AttributeMapping: {
        given_name: 'given_name',
        family_name: 'family_name',
        birthdate: 'birthdate',
        gender: 'gender',
        email: 'email',
        'custom:birthplace': 'birthplace',
        'custom:birthcountry': 'birthcountry',
      },
    });
  });

  it("lets FranceConnect's logout return to the web's /auth/logged-out only, which then goes to the pool's logout", () => {
    const { Variables } = propertiesOf(idOf(service.franceConnect.bridge.logout)).Environment as {
      Variables: Record<string, unknown>;
    };
    expect(Variables.FRANCECONNECT_POST_LOGOUT_REDIRECT_URIS).toBe(
      'https://points.example.org/auth/logged-out',
    );
    expect(service.franceConnect.postLogoutRedirectUri).toBe('https://points.example.org/auth/logged-out');
  });

  it("takes on the logout step the pool's access tokens of the web and mobile clients, as the API verifies them", () => {
    const { Variables } = propertiesOf(idOf(service.franceConnect.bridge.logout)).Environment as {
      Variables: Record<string, unknown>;
    };
    expect(Variables.USER_POOL_CLIENT_IDS).toEqual({
      'Fn::Join': [
        '',
        [{ Ref: idOf(service.webClient.client) }, ',', { Ref: idOf(service.mobileClient.client) }],
      ],
    });
    // The same issuer and keys as the API's routes check.
    const route = propertiesOf(idOf(service.routes.functions.getMe!)).Environment as {
      Variables: Record<string, unknown>;
    };
    expect(Variables.USER_POOL_ISSUER).toEqual(route.Variables.USER_POOL_ISSUER);
    expect(Variables.USER_POOL_JWKS_URL).toEqual(route.Variables.USER_POOL_JWKS_URL);
  });
});

describe('the OpenAPI function', () => {
  it("is told the user pool's Cognito domain, under which the document's OAuth 2 token URLs are", () => {
    const openApi = service.routes.functions.getOpenApi;
    if (!openApi) throw new Error('no OpenAPI function');
    const { Variables } = propertiesOf(idOf(openApi)).Environment as {
      Variables: { USER_POOL_DOMAIN_URL: unknown };
    };
    const domainUrl = JSON.stringify(Variables.USER_POOL_DOMAIN_URL);
    expect(domainUrl).toContain('https://');
    expect(domainUrl).toContain('.amazoncognito.com');
  });
});

describe('the domain events', () => {
  it('send the licence events that call for an alert, and only those, to send-alerts', () => {
    expect(alertingEvents.every((type) => eventTypes.includes(type))).toBe(true);
    template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: idOf(service.events.bus) },
      EventPattern: { source: ['permis-points'], 'detail-type': [...alertingEvents] },
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [idOf(service.events.sendAlerts), 'Arn'] },
          RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 6 * 3600 },
          DeadLetterConfig: Match.objectLike({ Arn: Match.anyValue() }),
        }),
      ],
    });
  });

  it('leave out only events send-alerts has nothing to write about', () => {
    const leftOut = eventTypes.filter((type) => !(alertingEvents as readonly string[]).includes(type));
    const written = leftOut.filter(
      (type) =>
        messagesFor({ id: 'e-1', type, occurredAt: '2026-01-01T00:00:00Z', detail: {} as never }).length > 0,
    );
    expect(written).toEqual([]);
  });

  it('keep the events whose alerts failed after two retries', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: idOf(service.events.sendAlerts) },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });
});

describe('the daily restoration', () => {
  it('is scheduled at 00:05 in Paris, retried, with undelivered runs kept', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(5 0 * * ? *)',
      ScheduleExpressionTimezone: 'Europe/Paris',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [idOf(service.restoration.planner), 'Arn'] },
        RetryPolicy: { MaximumRetryAttempts: 8, MaximumEventAgeInSeconds: 6 * 3600 },
        DeadLetterConfig: Match.objectLike({ Arn: Match.anyValue() }),
      }),
    });
  });

  it('keeps the runs whose planner failed, as an on-failure destination', () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: idOf(service.restoration.planner) },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });

  it('hands each shard-day to one worker, 32 at most at once, reporting partial failures', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [idOf(service.restoration.workQueue), 'Arn'] },
      FunctionName: { Ref: idOf(service.restoration.worker) },
      BatchSize: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: restorationLimits.workerConcurrency },
    });
  });

  it('hides a shard-day being worked on for six worker timeouts, and parks it after three receives', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Timeout: restorationLimits.workerTimeout.toSeconds(),
      Description: Match.stringLikeRegexp('restore-points worker'),
    });
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: restorationLimits.workerTimeout.toSeconds() * 6,
      RedrivePolicy: { maxReceiveCount: 3, deadLetterTargetArn: Match.anyValue() },
      SqsManagedSseEnabled: true,
    });
  });

  it('reserves no concurrency for the workers unless the settings ask for it', () => {
    expect(propertiesOf(idOf(service.restoration.worker))).not.toHaveProperty('ReservedConcurrentExecutions');
    const { service: reserving } = testApp({ 'permis-points:restorationReservedConcurrency': 32 });
    Template.fromStack(reserving).hasResourceProperties('AWS::Lambda::Function', {
      Description: Match.stringLikeRegexp('restore-points worker'),
      ReservedConcurrentExecutions: 32,
    });
  });
});

describe('the queues', () => {
  it('are all encrypted and refuse requests without TLS', () => {
    const queues = resourcesOf('AWS::SQS::Queue');
    expect(queues.every(([, { Properties }]) => Properties.SqsManagedSseEnabled === true)).toBe(true);
    const tlsOnly = resourcesOf('AWS::SQS::QueuePolicy').filter(([, { Properties }]) =>
      JSON.stringify(Properties.PolicyDocument).includes('"aws:SecureTransport":"false"'),
    );
    const covered = tlsOnly.flatMap(([, { Properties }]) =>
      (Properties.Queues as { Ref: string }[]).map(({ Ref }) => Ref),
    );
    expect(covered.sort()).toEqual(queues.map(([id]) => id).sort());
  });

  it('raise an alarm on a burst of each kind of security event', () => {
    const security = resourcesOf('AWS::CloudWatch::Alarm')
      .map(([, { Properties }]) => Properties)
      .filter((properties) => properties.Namespace === 'PermisPoints/Security');
    const eventOf = (properties: Record<string, unknown>) =>
      (properties.Dimensions as { Name: string; Value: string }[]).find((d) => d.Name === 'event')?.Value;
    expect(security.map(eventOf)).toEqual(
      expect.arrayContaining([
        'link-refused',
        'link-rate-limited',
        'declared-link-displaced',
        'token-refused',
      ]),
    );
    for (const properties of security)
      expect(properties).toMatchObject({ MetricName: 'SecurityEvent', Statistic: 'Sum' });
  });

  it('raise an alarm when a dead-letter queue holds a message', () => {
    const deadLetterQueues = resourcesOf('AWS::SQS::Queue').filter(
      ([id]) => id !== idOf(service.restoration.workQueue) && id !== idOf(service.events.letters),
    );
    const watched = resourcesOf('AWS::CloudWatch::Alarm')
      .filter(([, { Properties }]) => Properties.Namespace === 'AWS/SQS')
      .map(([, { Properties }]) => {
        expect(Properties).toMatchObject({
          MetricName: 'ApproximateNumberOfMessagesVisible',
          ComparisonOperator: 'GreaterThanThreshold',
          Threshold: 0,
        });
        return (Properties.Dimensions as { Value: { 'Fn::GetAtt': [string, string] } }[])[0]?.Value[
          'Fn::GetAtt'
        ][0];
      });
    expect(watched.sort()).toEqual(deadLetterQueues.map(([id]) => id).sort());
  });
});
