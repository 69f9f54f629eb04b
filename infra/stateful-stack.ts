// The stack of what holds data: the table and the user directory. Everything in it is retained and
// the stack is protected from deletion, so the service stack can be torn down and rebuilt freely.
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { DocumentStore } from './documents.ts';
import { LicenceTable } from './licence-table.ts';
import type { DeploymentSettings } from './settings.ts';
import { UserDirectory } from './user-directory.ts';

export class StatefulStack extends Stack {
  readonly data: LicenceTable;
  readonly users: UserDirectory;
  readonly documents: DocumentStore;

  constructor(scope: Construct, id: string, settings: DeploymentSettings, props: StackProps = {}) {
    super(scope, id, {
      description: 'permis-points: the table and the user directory (retained)',
      terminationProtection: true,
      ...props,
    });
    this.data = new LicenceTable(this, 'Data');
    this.documents = new DocumentStore(this, 'Documents');
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
    new CfnOutput(this, 'SigningSecretArn', {
      value: this.documents.signingSecret.secretArn,
      description: "Put the administration's document-signing PKCS#12 here (README, Documents)",
    });
    new CfnOutput(this, 'FranceConnectClientSecretArn', {
      value: this.users.franceConnectClientSecret.secretArn,
      description: 'Put the client secret FranceConnect issued here (infra/README.md)',
    });
  }
}
