// Lambda entry points of the FranceConnect bridge in AWS (one function per export). Configuration
// comes from the environment (see config.ts) plus TABLE_NAME, read once per cold start.
import { makeDocumentClient } from '../adapters/dynamodb.ts';
import { makeDynamoDbFranceConnectSessionStore } from '../adapters/franceconnect-session-store.ts';
import { bridgeConfigFromEnvironment, makeBridgeHandlers } from './index.ts';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('The environment variable TABLE_NAME is missing.');

const sessions = makeDynamoDbFranceConnectSessionStore({ documentClient: makeDocumentClient(), tableName });

export const { authorize, token, userinfo, logout } = makeBridgeHandlers(
  bridgeConfigFromEnvironment(process.env),
  {
    sessions,
  },
);
