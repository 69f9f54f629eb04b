import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTableInput } from '../functions/adapters/table-definition.ts';
import { testApp } from './test-app.ts';

const { stateful } = testApp();
let template: Template;

beforeAll(() => {
  template = Template.fromStack(stateful);
});

const only = (type: string) => {
  const [resource, ...others] = Object.values(template.findResources(type));
  expect(others).toEqual([]);
  return resource as { Properties: Record<string, unknown>; DeletionPolicy?: string };
};

describe('the stateful stack', () => {
  it('is protected from deletion', () => {
    expect(stateful.terminationProtection).toBe(true);
  });
});

describe('the table', () => {
  it('has the key schema, attributes and due index the local runtime creates', () => {
    const local = createTableInput('unused');
    expect(only('AWS::DynamoDB::GlobalTable').Properties).toMatchObject({
      KeySchema: local.KeySchema,
      AttributeDefinitions: local.AttributeDefinitions,
      GlobalSecondaryIndexes: local.GlobalSecondaryIndexes,
      BillingMode: local.BillingMode,
    });
  });

  it('is encrypted, recoverable to any second of the last 35 days, and cannot be deleted', () => {
    const table = only('AWS::DynamoDB::GlobalTable');
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true, SSEType: 'KMS' });
    expect(table.Properties.Replicas).toEqual([
      expect.objectContaining({
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      }),
    ]);
  });

  it('lets DynamoDB sweep expired items by their expiresAt', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });
});

describe('the user pool', () => {
  it('signs users in by verified e-mail, with passwords of 12 characters of every kind', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      Policies: {
        PasswordPolicy: {
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    });
  });

  it('offers TOTP as an optional second factor, never SMS', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
    });
  });

  it('keeps the attributes FranceConnect asserts, custom ones included', () => {
    const { Schema } = only('AWS::Cognito::UserPool').Properties as { Schema: { Name: string }[] };
    expect(Schema.map(({ Name }) => Name)).toEqual([
      'email',
      'given_name',
      'family_name',
      'birthdate',
      'gender',
      'birthplace',
      'birthcountry',
    ]);
  });

  it('sends its mail through SES from the sender of the alerts, and is retained', () => {
    const pool = only('AWS::Cognito::UserPool');
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.Properties).toMatchObject({
      DeletionProtection: 'ACTIVE',
      EmailConfiguration: { EmailSendingAccount: 'DEVELOPER', From: 'alertes@example.org' },
    });
  });

  it('serves the managed login pages on its own domain', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'permis-points-example',
      ManagedLoginVersion: 2,
    });
  });

  it('has the registry scope registry/write, granted to the registry client by client credentials only', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: 'registry',
      Scopes: [Match.objectLike({ ScopeName: 'write' })],
    });
    const [serverId] = Object.keys(template.findResources('AWS::Cognito::UserPoolResourceServer'));
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'licence-registry',
      GenerateSecret: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: [{ 'Fn::Join': ['', [{ Ref: serverId }, '/write']] }],
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
    });
  });
});

describe('the FranceConnect client secret', () => {
  it('is a retained secret under the name the identity provider reads', () => {
    const secret = Object.values(template.findResources('AWS::SecretsManager::Secret')).find(
      (resource) =>
        (resource.Properties as { Name?: string } | undefined)?.Name ===
        'permis-points/franceconnect-client-secret',
    );
    expect(secret?.DeletionPolicy).toBe('Retain');
  });
});
