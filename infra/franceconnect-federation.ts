// FranceConnect as an OpenID Connect provider of the user pool, through the bridge of
// functions/franceconnect-bridge (DESIGN.md "Identity"): Cognito's authorize, token and userinfo
// calls go to bridge routes on the HTTP API, which add what FranceConnect v2 requires and read what
// Cognito cannot; the logout route gives the apps FranceConnect's logout address for the caller's
// own session, which Cognito's /logout does not end.
import { SecretValue } from 'aws-cdk-lib';
import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  OidcAttributeRequestMethod,
  ProviderAttribute,
  UserPoolIdentityProviderOidc,
  type UserPool,
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
  // The web posts the caller's access token; the handler verifies it (the API's verifier).
  { handler: 'logout', method: HttpMethod.POST, items: ['GetItem'] },
];

const bridgePath = (handler: BridgeStep['handler']) => `/franceconnect/${handler}`;

export interface FranceConnectFederationProps {
  api: PermisPointsHttpApi;
  table: ITableV2;
  userPool: UserPool;
  domain: UserPoolDomain;
  /** Whose access tokens the logout step takes, with the mobile client's. */
  webClient: AppClient;
  /** Signs in through FranceConnect too. */
  mobileClient: AppClient;
  /** The web front end's origin: FranceConnect's logout returns to its `/auth/logged-out`. */
  webOrigin: string;
  franceConnect: FranceConnectSettings;
}

export class FranceConnectFederation extends Construct {
  readonly provider: UserPoolIdentityProviderOidc;
  readonly bridge: Record<BridgeStep['handler'], PermisPointsFunction>;
  /**
   * Where FranceConnect sends the browser after its logout: the web, which checks the state and goes on
   * to the pool's logout. The only address the logout step lets an app ask for.
   */
  readonly postLogoutRedirectUri: string;
  /** The logout step the web posts to: FranceConnect's logout address for the caller. */
  readonly logoutUrl: string;
  /** Where FranceConnect sends the browser back after sign-in (Cognito's fixed path). */
  readonly redirectUri: string;

  constructor(scope: Construct, id: string, props: FranceConnectFederationProps) {
    super(scope, id);
    const { api, table, webClient, mobileClient, franceConnect } = props;
    this.redirectUri = `${props.domain.baseUrl()}/oauth2/idpresponse`;
    this.postLogoutRedirectUri = `${props.webOrigin}/auth/logged-out`;
    this.logoutUrl = `${api.url}${bridgePath('logout')}`;
    const poolIssuer = props.userPool.userPoolProviderUrl;

    // One module serves the four steps (functions/franceconnect-bridge/handler.ts), so each gets it all.
    const environment = {
      TABLE_NAME: table.tableName,
      FRANCECONNECT_ISSUER: franceConnect.issuer,
      FRANCECONNECT_CLIENT_ID: franceConnect.clientId,
      FRANCECONNECT_POST_LOGOUT_REDIRECT_URIS: this.postLogoutRedirectUri,
      USER_POOL_ISSUER: poolIssuer,
      USER_POOL_JWKS_URL: `${poolIssuer}/.well-known/jwks.json`,
      USER_POOL_CLIENT_IDS: [webClient, mobileClient].map(({ client }) => client.userPoolClientId).join(','),
    };
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
    for (const { client } of [webClient, mobileClient]) client.node.addDependency(this.provider);
  }
}
