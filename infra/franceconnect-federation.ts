// FranceConnect as an OpenID Connect provider of the user pool, through the bridge of
// functions/franceconnect-bridge (DESIGN.md "Identity"): Cognito's authorize, token and userinfo
// calls go to bridge routes on the HTTP API, which add what FranceConnect v2 requires and read what
// Cognito cannot; the logout route chains FranceConnect's logout and the pool's.
import { SecretValue } from 'aws-cdk-lib';
import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import {
  OidcAttributeRequestMethod,
  ProviderAttribute,
  UserPoolIdentityProviderOidc,
  type IUserPool,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { franceConnectEndpoints } from '../functions/franceconnect-bridge/index.ts';
import type { PermisPointsHttpApi } from './http-api.ts';
import { grantItemActions, type ItemAction } from './licence-table.ts';
import { constructIdOf } from './names.ts';
import { PermisPointsFunction } from './permis-points-function.ts';
import type { FranceConnectSettings } from './settings.ts';
import { FRANCECONNECT_CLIENT_SECRET_NAME, franceConnectCustomAttributes } from './user-directory.ts';
import { FRANCECONNECT_PROVIDER_NAME, type AppClient } from './app-client.ts';

/** The claims asked of FranceConnect: the identity pivot, gender and e-mail. */
const franceConnectScopes = [
  'openid',
  'given_name',
  'family_name',
  'birthdate',
  ...franceConnectCustomAttributes,
  'gender',
  'email',
];

interface BridgeStep {
  /** The export of functions/franceconnect-bridge/handler.ts. */
  handler: 'authorize' | 'token' | 'userinfo' | 'logout';
  method: HttpMethod;
  /** Item actions on the table: the token step keeps FranceConnect's id token, logout reads it back. */
  items: ItemAction[];
}

const bridgeSteps: BridgeStep[] = [
  { handler: 'authorize', method: HttpMethod.GET, items: [] },
  { handler: 'token', method: HttpMethod.POST, items: ['PutItem'] },
  { handler: 'userinfo', method: HttpMethod.GET, items: [] },
  { handler: 'logout', method: HttpMethod.GET, items: ['GetItem'] },
];

const bridgePath = (handler: BridgeStep['handler']) => `/franceconnect/${handler}`;

export interface FranceConnectFederationProps {
  api: PermisPointsHttpApi;
  table: ITableV2;
  userPool: IUserPool;
  domain: UserPoolDomain;
  /** FranceConnect's logout returns through the pool's logout to this client's front end. */
  webClient: AppClient;
  /** Signs in through FranceConnect too. */
  mobileClient: AppClient;
  franceConnect: FranceConnectSettings;
}

export class FranceConnectFederation extends Construct {
  readonly provider: UserPoolIdentityProviderOidc;
  readonly bridge: Record<BridgeStep['handler'], PermisPointsFunction>;
  /** Where FranceConnect sends the browser after its logout: the pool's logout, then the web front end. */
  readonly postLogoutRedirectUri: string;
  /** Where FranceConnect sends the browser back after sign-in (Cognito's fixed path). */
  readonly redirectUri: string;

  constructor(scope: Construct, id: string, props: FranceConnectFederationProps) {
    super(scope, id);
    const { api, table, webClient, franceConnect } = props;
    const poolUrl = props.domain.baseUrl();
    this.redirectUri = `${poolUrl}/oauth2/idpresponse`;
    this.postLogoutRedirectUri = `${poolUrl}/logout?client_id=${webClient.client.userPoolClientId}&logout_uri=${encodeURIComponent(webClient.signOutUrl)}`;

    const environment = {
      TABLE_NAME: table.tableName,
      FRANCECONNECT_ISSUER: franceConnect.issuer,
      FRANCECONNECT_CLIENT_ID: franceConnect.clientId,
      FRANCECONNECT_POST_LOGOUT_REDIRECT_URI: this.postLogoutRedirectUri,
    };
    // Only the logout step is behind the gateway's authorizer: its handler reads the user from the
    // authorizer's claims. The audience check passes Cognito access tokens, which carry no `aud`,
    // because API Gateway then compares their `client_id` with the audience list.
    const webAccessTokens = new HttpUserPoolAuthorizer('WebAccessTokens', props.userPool, {
      userPoolClients: [webClient.client],
    });
    const entries = bridgeSteps.map((step) => {
      const handler = new PermisPointsFunction(this, constructIdOf(step.handler), {
        entry: 'franceconnect-bridge/handler.ts',
        handler: step.handler,
        description: `franceconnect-bridge: ${step.method} ${bridgePath(step.handler)}`,
        memorySize: 256,
        environment,
      });
      grantItemActions(table, handler, step.items);
      handler.acknowledgeSynchronousInvocation();
      api.addFunctionRoute(
        `FranceConnect${constructIdOf(step.handler)}`,
        step.method,
        bridgePath(step.handler),
        handler,
        step.handler === 'logout' ? webAccessTokens : undefined,
      );
      return [step.handler, handler] as const;
    });
    this.bridge = Object.fromEntries(entries) as FranceConnectFederation['bridge'];

    const secret = SecretValue.secretsManager(
      FRANCECONNECT_CLIENT_SECRET_NAME,
      franceConnect.secretVersionId ? { versionId: franceConnect.secretVersionId } : {},
    );
    this.provider = new UserPoolIdentityProviderOidc(this, 'Provider', {
      userPool: props.userPool,
      name: FRANCECONNECT_PROVIDER_NAME,
      clientId: franceConnect.clientId,
      // A CloudFormation dynamic reference, resolved by CloudFormation: the value is not in the template.
      clientSecret: secret.unsafeUnwrap(),
      issuerUrl: franceConnect.issuer,
      scopes: franceConnectScopes,
      attributeRequestMethod: OidcAttributeRequestMethod.GET,
      endpoints: {
        authorization: `${api.url}${bridgePath('authorize')}`,
        token: `${api.url}${bridgePath('token')}`,
        userInfo: `${api.url}${bridgePath('userinfo')}`,
        // FranceConnect's own keys: Cognito verifies the id token FranceConnect signed.
        jwksUri: franceConnectEndpoints(franceConnect.issuer).jwks,
      },
      attributeMapping: {
        givenName: ProviderAttribute.other('given_name'),
        familyName: ProviderAttribute.other('family_name'),
        birthdate: ProviderAttribute.other('birthdate'),
        gender: ProviderAttribute.other('gender'),
        email: ProviderAttribute.other('email'),
        custom: Object.fromEntries(
          franceConnectCustomAttributes.map((name) => [`custom:${name}`, ProviderAttribute.other(name)]),
        ),
      },
    });
    // The clients name the provider by its name only, so CloudFormation must be told the order.
    for (const { client } of [webClient, props.mobileClient]) client.node.addDependency(this.provider);
  }
}
