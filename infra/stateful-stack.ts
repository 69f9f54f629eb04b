// The stack of what holds data: the table and the user directory. Everything in it is retained and
// the stack is protected from deletion, so the service stack can be torn down and rebuilt freely.
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { LicenceTable } from './licence-table.ts';
import type { DeploymentSettings } from './settings.ts';
import { UserDirectory } from './user-directory.ts';

export class StatefulStack extends Stack {
  readonly data: LicenceTable;
  readonly users: UserDirectory;

  constructor(scope: Construct, id: string, settings: DeploymentSettings, props: StackProps = {}) {
    super(scope, id, {
      description: 'permis-points: the table and the user directory (retained)',
      terminationProtection: true,
      ...props,
    });
    this.data = new LicenceTable(this, 'Data');
    this.users = new UserDirectory(this, 'Users', {
      mailFrom: settings.mailFrom,
      sesIdentity: settings.sesIdentity,
      authDomainPrefix: settings.authDomainPrefix,
    });
    new CfnOutput(this, 'UserPoolId', { value: this.users.userPool.userPoolId });
    new CfnOutput(this, 'RegistryClientId', {
      value: this.users.registryClient.userPoolClientId,
      description:
        'Give it to the licence authority with its secret (Cognito console or describe-user-pool-client)',
    });
    new CfnOutput(this, 'FranceConnectClientSecretArn', {
      value: this.users.franceConnectClientSecret.secretArn,
      description: 'Put the client secret FranceConnect issued here (infra/README.md)',
    });
  }
}
