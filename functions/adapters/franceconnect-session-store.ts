// Where the bridge keeps FranceConnect id tokens until logout: one DynamoDB item per FranceConnect
// subject in AWS, a map in memory under `npm start`. An entry past its expiry is absent.
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FranceConnectSessionStore } from '../franceconnect-bridge/index.ts';

type Clock = () => Date;

const epochSeconds = (clock: Clock) => Math.floor(clock().getTime() / 1000);

export function makeDynamoDbFranceConnectSessionStore({
  documentClient,
  tableName,
  clock = () => new Date(),
}: {
  documentClient: DynamoDBDocumentClient;
  tableName: string;
  clock?: Clock;
}): FranceConnectSessionStore {
  const key = (sub: string) => ({ pk: `FCSESSION#${sub}`, sk: 'FCSESSION' });
  return {
    async put(sub, idToken, expiresAt) {
      await documentClient.send(
        new PutCommand({ TableName: tableName, Item: { ...key(sub), idToken, expiresAt } }),
      );
    },
    async get(sub) {
      const { Item } = await documentClient.send(new GetCommand({ TableName: tableName, Key: key(sub) }));
      const item = Item as { idToken: string; expiresAt: number } | undefined;
      return item && item.expiresAt > epochSeconds(clock) ? item.idToken : undefined;
    },
  };
}

export function makeInMemoryFranceConnectSessionStore(
  clock: Clock = () => new Date(),
): FranceConnectSessionStore {
  const sessions = new Map<string, { idToken: string; expiresAt: number }>();
  return {
    put(sub, idToken, expiresAt) {
      sessions.set(sub, { idToken, expiresAt });
      return Promise.resolve();
    },
    get(sub) {
      const session = sessions.get(sub);
      return Promise.resolve(
        session && session.expiresAt > epochSeconds(clock) ? session.idToken : undefined,
      );
    },
  };
}
