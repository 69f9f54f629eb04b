// The stack of what holds no data: the API and its functions, the FranceConnect federation, the web
// and mobile app clients, the event bus and alerts, the daily restoration. It can be destroyed and rebuilt.
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ApiRoutes } from './api-routes.ts';
import { SecurityAlarms } from './security-alarms.ts';
import { AppClient, mobileSignOutUrl } from './app-client.ts';
import { documentRenderer, grantDocumentAccess } from './documents.ts';
import { DomainEvents } from './domain-events.ts';
import { FranceConnectFederation } from './franceconnect-federation.ts';
import { PermisPointsHttpApi } from './http-api.ts';
import type { PermisPointsFunction } from './permis-points-function.ts';
import { Restoration } from './restoration.ts';
import type { DeploymentSettings } from './settings.ts';
import type { StatefulStack } from './stateful-stack.ts';
import { WebHosting } from './web-hosting.ts';

export class ServiceStack extends Stack {
  readonly events: DomainEvents;
  readonly api: PermisPointsHttpApi;
  readonly webClient: AppClient;
  readonly mobileClient: AppClient;
  readonly franceConnect: FranceConnectFederation;
  readonly routes: ApiRoutes;
  readonly securityAlarms: SecurityAlarms;
  readonly restoration: Restoration;
  readonly web: WebHosting;
  readonly documentRenderer: PermisPointsFunction;

  constructor(
    scope: Construct,
    id: string,
    stateful: StatefulStack,
    settings: DeploymentSettings,
    props: StackProps & { webAclArn: string },
  ) {
    const { webAclArn, ...stackProps } = props;
    super(scope, id, {
      description: 'permis-points: API, functions, events and the daily restoration',
      ...stackProps,
    });
    const { table } = stateful.data;
    const { userPool, domain, registryClient } = stateful.users;

    this.events = new DomainEvents(this, 'Events', {
      table,
      mailFrom: settings.mailFrom,
      sesIdentity: settings.sesIdentity,
    });
    this.api = new PermisPointsHttpApi(this, 'Api', { webOrigin: settings.webOrigin });
    this.securityAlarms = new SecurityAlarms(this, 'SecurityAlarms');
    this.webClient = new AppClient(this, 'Web', {
      userPool,
      name: 'web',
      callbackUrl: `${settings.webOrigin}/auth/callback`,
      signOutUrl: `${settings.webOrigin}/`,
    });
    this.mobileClient = new AppClient(this, 'Mobile', {
      userPool,
      name: 'mobile',
      callbackUrl: settings.mobileRedirectUri,
      signOutUrl: mobileSignOutUrl(settings.mobileRedirectUri),
    });
    this.franceConnect = new FranceConnectFederation(this, 'FranceConnect', {
      api: this.api,
      table,
      userPool,
      domain,
      webClient: this.webClient,
      mobileClient: this.mobileClient,
      webOrigin: settings.webOrigin,
      franceConnect: settings.franceConnect,
    });
    this.routes = new ApiRoutes(this, 'Routes', {
      publicUrl: settings.webOrigin,
      api: this.api,
      table,
      bus: this.events.bus,
      tokens: {
        issuer: userPool.userPoolProviderUrl,
        jwksUrl: `${userPool.userPoolProviderUrl}/.well-known/jwks.json`,
        clientIds: [
          this.webClient.client.userPoolClientId,
          this.mobileClient.client.userPoolClientId,
          registryClient.userPoolClientId,
        ],
        registryClientIds: [registryClient.userPoolClientId],
        userInfoUrl: `${domain.baseUrl()}/oauth2/userInfo`,
        domainUrl: domain.baseUrl(),
      },
    });
    this.documentRenderer = documentRenderer(this, stateful.documents);
    grantDocumentAccess(stateful.documents, this.routes.functions, this.documentRenderer);
    this.restoration = new Restoration(this, 'Restoration', {
      table,
      bus: this.events.bus,
      reservedConcurrency: settings.restorationReservedConcurrency,
    });
    this.web = new WebHosting(this, 'WebHosting', {
      api: this.api,
      userPool,
      domain,
      webClient: this.webClient,
      franceConnect: this.franceConnect,
      webAclArn,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'WebUrl', { value: `https://${this.web.distribution.distributionDomainName}` });
    new CfnOutput(this, 'WebClientId', { value: this.webClient.client.userPoolClientId });
    new CfnOutput(this, 'MobileClientId', { value: this.mobileClient.client.userPoolClientId });
    new CfnOutput(this, 'ManagedLoginUrl', { value: domain.baseUrl() });
    new CfnOutput(this, 'FranceConnectRedirectUri', {
      value: this.franceConnect.redirectUri,
      description: 'Register it at FranceConnect as the redirect URI of the client',
    });
    new CfnOutput(this, 'FranceConnectPostLogoutRedirectUri', {
      value: this.franceConnect.postLogoutRedirectUri,
      description:
        "Register it at FranceConnect as the post-logout redirect URI of the client (the web's /auth/logged-out)",
    });
  }
}
