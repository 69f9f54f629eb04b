// The DynamoDB document client, built once per cold start; `endpoint` points it at dynalite locally.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  paginateQuery,
  type QueryCommandInput,
  type QueryCommandOutput,
} from '@aws-sdk/lib-dynamodb';

export function makeDocumentClient(
  options: { endpoint?: string; region?: string; instrument?: <C>(client: C) => C } = {},
): DynamoDBDocumentClient {
  const instrument = options.instrument ?? (<C>(client: C) => client);
  const client = instrument(
    new DynamoDBClient({
      region: options.region ?? process.env.AWS_REGION ?? 'eu-west-3',
      ...(options.endpoint
        ? { endpoint: options.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
        : {}),
    }),
  );
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertEmptyValues: false },
  });
}

export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** Sends a conditional write: true when written, false when its condition did not hold; other errors go on. */
export async function conditionally(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

/** Every item a query matches, page after page (a page holds at most 1 MB); stopping early fetches no more pages. */
export async function* queryItems(
  client: DynamoDBDocumentClient,
  input: QueryCommandInput,
): AsyncGenerator<NonNullable<QueryCommandOutput['Items']>[number]> {
  for await (const page of paginateQuery({ client }, input)) yield* page.Items ?? [];
}
