// DynamoDB on this machine: dynalite in process (persisted under the data
// folder, or in memory), with the table created from the same definition as CDK.
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { mkdir } from 'node:fs/promises';
import { closeServer, listen } from '../server/index.ts';
import { createTableInput } from '../../functions/adapters/table-definition.ts';

export interface LocalDynamoDb {
  endpoint: string;
  close(): Promise<void>;
}

export async function startDynamoDb({
  path,
  port = 0,
  tableName,
}: {
  path?: string;
  port?: number;
  tableName: string;
}): Promise<LocalDynamoDb> {
  if (path) await mkdir(path, { recursive: true });
  const server = dynalite({
    ...(path ? { path } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  const bound = await listen(server, port);
  const endpoint = `http://127.0.0.1:${bound}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'eu-west-3',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
  } catch {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  }
  client.destroy();
  return {
    endpoint,
    close: () => closeServer(server),
  };
}
