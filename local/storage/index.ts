// Public face of local/storage: the embedded stand-ins for DynamoDB and S3.
export { startDynamoDb, type LocalDynamoDb } from './dynamodb.ts';
export { startS3, type LocalS3 } from './s3.ts';
