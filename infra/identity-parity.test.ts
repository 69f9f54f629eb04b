// The local user pool and the Cognito that CDK deploys read the same constants: token lifetimes, refresh
// behaviour and the password policy. A change on one side without the other fails here.
import { Template } from 'aws-cdk-lib/assertions';
import type { Configuration } from 'oidc-provider';
import { describe, expect, it } from 'vitest';
import { meetsPasswordPolicy, PASSWORD_POLICY } from '../functions/adapters/password-policy.ts';
import {
  ACCESS_TOKEN_VALIDITY_SECONDS,
  ID_TOKEN_VALIDITY_SECONDS,
  REFRESH_TOKEN_ROTATION,
  REFRESH_TOKEN_VALIDITY_DAYS,
} from '../functions/http/index.ts';
import { clientMetadata } from '../local/identity/user-pool/clients.ts';
import * as localPasswords from '../local/identity/user-pool/passwords.ts';
import { userPoolConfiguration } from '../local/identity/user-pool/provider-configuration.ts';
import { testApp } from './test-app.ts';

const { service, stateful } = testApp();
const appClients = () =>
  Object.values(
    Template.fromStack(service).findResources('AWS::Cognito::UserPoolClient') as Record<
      string,
      { Properties: Record<string, unknown> }
    >,
  ).map(({ Properties }) => Properties);

const registry = { clientId: 'registry-local', clientSecret: 'secret' };
const localPool: Configuration = userPoolConfiguration({
  secrets: { signingKeys: [], cookieKeys: ['k'] },
  clients: clientMetadata(registry, {
    redirectUris: ['http://localhost/cb'],
    logoutUris: ['http://localhost/'],
  }),
  registry,
  accounts: {
    findBySub: () => undefined,
    findByEmail: () => undefined,
    findByFederatedIdentity: () => undefined,
    save: async () => {},
  },
});

describe('the app clients motorists sign in with, in CDK and in the local pool', () => {
  it('rotate refresh tokens alike: CDK sets no rotation, the local pool rotates none', async () => {
    expect(REFRESH_TOKEN_ROTATION).toBe(false);
    const clients = appClients();
    expect(clients.map((client) => client.ClientName).sort()).toEqual(['mobile', 'web']);
    for (const client of clients) expect(client).not.toHaveProperty('RefreshTokenRotation');
    const rotate = localPool.rotateRefreshToken as (ctx: never) => boolean;
    expect(rotate({} as never)).toBe(REFRESH_TOKEN_ROTATION);
  });

  it('issue tokens for as long as each other', () => {
    for (const client of appClients()) {
      expect(client).toMatchObject({
        AccessTokenValidity: ACCESS_TOKEN_VALIDITY_SECONDS / 60,
        IdTokenValidity: ID_TOKEN_VALIDITY_SECONDS / 60,
        RefreshTokenValidity: REFRESH_TOKEN_VALIDITY_DAYS * 24 * 60,
        TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
      });
    }
    expect(localPool.ttl).toMatchObject({
      AccessToken: ACCESS_TOKEN_VALIDITY_SECONDS,
      ClientCredentials: ACCESS_TOKEN_VALIDITY_SECONDS,
      IdToken: ID_TOKEN_VALIDITY_SECONDS,
      RefreshToken: REFRESH_TOKEN_VALIDITY_DAYS * 24 * 3600,
    });
  });
});

describe('the password policy, in CDK and in the local pool', () => {
  it('is the same constant', () => {
    Template.fromStack(stateful).hasResourceProperties('AWS::Cognito::UserPool', {
      Policies: {
        PasswordPolicy: {
          MinimumLength: PASSWORD_POLICY.minLength,
          RequireLowercase: PASSWORD_POLICY.requireLowercase,
          RequireUppercase: PASSWORD_POLICY.requireUppercase,
          RequireNumbers: PASSWORD_POLICY.requireDigits,
          RequireSymbols: PASSWORD_POLICY.requireSymbols,
          TemporaryPasswordValidityDays: PASSWORD_POLICY.tempPasswordValidityDays,
        },
      },
    });
    expect(localPasswords.meetsPasswordPolicy).toBe(meetsPasswordPolicy);
  });
});
