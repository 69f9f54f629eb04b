// The app clients motorists sign in with, the web front end and the mobile app: public clients
// (authorization code, no secret; the apps send PKCE), signing in with an e-mail account or through
// FranceConnect, on the managed login pages.
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
import {
  ACCESS_TOKEN_VALIDITY_SECONDS,
  ID_TOKEN_VALIDITY_SECONDS,
  REFRESH_TOKEN_VALIDITY_DAYS,
} from '../functions/http/index.ts';
import { oauthFlowsOnly } from './user-directory.ts';

/** Cognito names federated users `<provider name>_<subject>`, and the bridge recognises them by that prefix. */
export const FRANCECONNECT_PROVIDER_NAME = FRANCECONNECT_USERNAME_PREFIX.replace(/_$/, '');

export interface AppClientProps {
  userPool: IUserPool;
  /** The client's name in the pool: `web`, `mobile`. */
  name: string;
  /** Where the pool sends the browser back with the authorization code. */
  callbackUrl: string;
  /** Where the pool's logout sends the browser at the end. */
  signOutUrl: string;
}

/** Where the pool's logout sends the mobile app back: its own scheme, as its redirect URI. */
export const mobileSignOutUrl = (redirectUri: string) => `${new URL(redirectUri).protocol}/signout`;

export class AppClient extends Construct {
  readonly client: UserPoolClient;
  readonly callbackUrl: string;
  readonly signOutUrl: string;

  constructor(scope: Construct, id: string, props: AppClientProps) {
    super(scope, id);
    this.callbackUrl = props.callbackUrl;
    this.signOutUrl = props.signOutUrl;
    this.client = new UserPoolClient(this, 'Client', {
      userPool: props.userPool,
      userPoolClientName: props.name,
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
      accessTokenValidity: Duration.seconds(ACCESS_TOKEN_VALIDITY_SECONDS),
      idTokenValidity: Duration.seconds(ID_TOKEN_VALIDITY_SECONDS),
      refreshTokenValidity: Duration.days(REFRESH_TOKEN_VALIDITY_DAYS),
      // No `refreshTokenRotationGracePeriod`: rotation stays off, as REFRESH_TOKEN_ROTATION says and the
      // local pool does (an infra test holds the two together).
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
