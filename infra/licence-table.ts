// The single DynamoDB table (docs/data-model.md), with the key schema and due index the local
// runtime uses, and the grants that give a function named item actions on it and nothing more.
import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  ProjectionType,
  TableEncryptionV2,
  TableV2,
  type ITableV2,
} from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { dueIndex, expiryAttribute, tableKeys } from '../functions/adapters/table-definition.ts';

/**
 * The item actions a function may be granted. BatchWriteItem puts (or deletes) a licence's display items, those
 * of its facts' labels and places, under the licence's own partition.
 */
export type ItemAction = 'GetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'BatchWriteItem';

export class LicenceTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: tableKeys.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableKeys.sortKey, type: AttributeType.STRING },
      globalSecondaryIndexes: [
        {
          indexName: dueIndex.name,
          partitionKey: { name: dueIndex.partitionKey, type: AttributeType.STRING },
          sortKey: { name: dueIndex.sortKey, type: AttributeType.STRING },
          projectionType: ProjectionType.KEYS_ONLY,
        },
      ],
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // The code treats an expired item as absent; TTL only sweeps them away later.
      timeToLiveAttribute: expiryAttribute,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}

/** Lets `grantee` run exactly `actions` on the table's items. */
export function grantItemActions(table: ITableV2, grantee: IGrantable, actions: ItemAction[]): void {
  if (actions.length === 0) return;
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: actions.map((action) => `dynamodb:${action}`),
      resources: [table.tableArn],
    }),
  );
}

/** Lets `grantee` query the table itself (one partition at a time, the caller's: the code says which). */
export function grantTableQuery(table: ITableV2, grantee: IGrantable): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({ actions: ['dynamodb:Query'], resources: [table.tableArn] }),
  );
}

/** Lets `grantee` query the due index, and nothing else of the table. */
export function grantDueIndexQuery(table: ITableV2, grantee: IGrantable): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['dynamodb:Query'],
      resources: [`${table.tableArn}/index/${dueIndex.name}`],
    }),
  );
}
