// Public face of local/storage: the embedded stand-ins for DynamoDB (and later S3).
export { startDynamoDb, type LocalDynamoDb } from './dynamodb.ts';
