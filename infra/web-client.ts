// The web and mobile front end's app client: authorization code with PKCE and no secret, signing in
// with an e-mail account or through FranceConnect, on the managed login pages.
import { Duration } from 'aws-cdk-lib';
import {
  CfnManagedLoginBranding,
  OAuthScope,
  UserPoolClient,
  UserPoolClientIdentityProvider,
  type IUserPool,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { FRANCECONNECT_USERNAME_PREFIX } from '../functions/franceconnect-bridge/index.ts';
import { oauthFlowsOnly } from './user-directory.ts';

/** Cognito names federated users `<provider name>_<subject>`, and the bridge recognises them by that prefix. */
export const FRANCECONNECT_PROVIDER_NAME = FRANCECONNECT_USERNAME_PREFIX.replace(/_$/, '');

export interface WebClientProps {
  userPool: IUserPool;
  /** The web front end's origin (`https://host`). */
  webOrigin: string;
}

export class WebClient extends Construct {
  readonly client: UserPoolClient;
  /** Where the pool sends the browser back with the authorization code. */
  readonly callbackUrl: string;
  /** Where the pool's logout sends the browser at the end. */
  readonly signOutUrl: string;

  constructor(scope: Construct, id: string, props: WebClientProps) {
    super(scope, id);
    this.callbackUrl = `${props.webOrigin}/auth/callback`;
    this.signOutUrl = `${props.webOrigin}/`;
    this.client = new UserPoolClient(this, 'Client', {
      userPool: props.userPool,
      userPoolClientName: 'web',
      generateSecret: false,
      authFlows: oauthFlowsOnly,
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [this.callbackUrl],
        logoutUrls: [this.signOutUrl],
      },
      supportedIdentityProviders: [
        UserPoolClientIdentityProvider.COGNITO,
        UserPoolClientIdentityProvider.custom(FRANCECONNECT_PROVIDER_NAME),
      ],
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      enableTokenRevocation: true,
    });
    // The managed login pages show an error to a client that has no branding, even the default one.
    new CfnManagedLoginBranding(this, 'Branding', {
      userPoolId: props.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
  }
}
