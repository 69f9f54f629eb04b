// The user pool and what must outlive any redeployment of the service: accounts, the managed login
// domain, the registry's scope and client (whose secret the licence authority holds), and the
// FranceConnect client secret, which an operator sets by hand.
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  ResourceServerScope,
  StringAttribute,
  UserPool,
  UserPoolEmail,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { PASSWORD_POLICY } from '../functions/adapters/password-policy.ts';
import { ACCESS_TOKEN_VALIDITY_SECONDS, REGISTRY_SCOPE } from '../functions/http/index.ts';

/** FranceConnect claims kept as custom attributes, under the same names (`custom:birthplace`, ...). */
export const franceConnectCustomAttributes = ['birthplace', 'birthcountry'] as const;

/** A fixed name, so operators and the service stack's dynamic reference can name it (infra/README.md). */
export const FRANCECONNECT_CLIENT_SECRET_NAME = 'permis-points/franceconnect-client-secret';

/** No sign-in API of the pool (password, SRP, custom) for a client: only its OAuth 2 flows and refresh. */
export const oauthFlowsOnly = { userSrp: false } as const;

export interface UserDirectoryProps {
  mailFrom: string;
  sesIdentity: string;
  authDomainPrefix: string;
}

export class UserDirectory extends Construct {
  readonly userPool: UserPool;
  readonly domain: UserPoolDomain;
  readonly registryClient: UserPoolClient;
  /** FranceConnect's client secret for the pool; created with a random placeholder (infra/README.md). */
  readonly franceConnectClientSecret: Secret;

  constructor(scope: Construct, id: string, props: UserDirectoryProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'UserPool', {
      featurePlan: FeaturePlan.ESSENTIALS,
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      keepOriginal: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        givenName: { required: false, mutable: true },
        familyName: { required: false, mutable: true },
        birthdate: { required: false, mutable: true },
        gender: { required: false, mutable: true },
      },
      // Mutable, because Cognito rewrites mapped attributes of federated users at every sign-in.
      customAttributes: Object.fromEntries(
        franceConnectCustomAttributes.map((name) => [name, new StringAttribute({ mutable: true })]),
      ),
      passwordPolicy: {
        minLength: PASSWORD_POLICY.minLength,
        requireLowercase: PASSWORD_POLICY.requireLowercase,
        requireUppercase: PASSWORD_POLICY.requireUppercase,
        requireDigits: PASSWORD_POLICY.requireDigits,
        requireSymbols: PASSWORD_POLICY.requireSymbols,
        tempPasswordValidity: Duration.days(PASSWORD_POLICY.tempPasswordValidityDays),
      },
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      email: UserPoolEmail.withSES({
        fromEmail: props.mailFrom,
        sesRegion: Stack.of(this).region,
        ...(props.sesIdentity === props.mailFrom ? {} : { sesVerifiedDomain: props.sesIdentity }),
      }),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.userPool).acknowledge(
      {
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is optional by design (DESIGN.md): TOTP for e-mail accounts that want it; FranceConnect users prove their identity at FranceConnect.',
      },
      {
        id: 'AwsSolutions-COG8',
        reason:
          'Threat protection needs the Plus plan, billed per monthly user; Essentials keeps Cognito sign-in throttling, and failed licence links are rate-limited by the application.',
      },
    );

    this.domain = this.userPool.addDomain('ManagedLogin', {
      cognitoDomain: { domainPrefix: props.authDomainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });

    const [identifier = '', scopeName = ''] = REGISTRY_SCOPE.split('/');
    const write = new ResourceServerScope({
      scopeName,
      scopeDescription: 'Record licences and the facts the authority establishes',
    });
    const registry = this.userPool.addResourceServer('Registry', {
      identifier,
      userPoolResourceServerName: 'Licence registry',
      scopes: [write],
    });
    this.registryClient = this.userPool.addClient('RegistryClient', {
      userPoolClientName: 'licence-registry',
      generateSecret: true,
      authFlows: oauthFlowsOnly,
      oAuth: {
        flows: { clientCredentials: true },
        scopes: [OAuthScope.resourceServer(registry, write)],
      },
      accessTokenValidity: Duration.seconds(ACCESS_TOKEN_VALIDITY_SECONDS),
      enableTokenRevocation: true,
    });

    this.franceConnectClientSecret = new Secret(this, 'FranceConnectClientSecret', {
      secretName: FRANCECONNECT_CLIENT_SECRET_NAME,
      description:
        'The client secret FranceConnect issued for this user pool. Created with a random placeholder: put the real value, then redeploy with its version id (infra/README.md).',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.franceConnectClientSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'FranceConnect issues and rotates this secret in its partner portal; Secrets Manager cannot rotate it on its own.',
    });
  }
}
