// Where the daily restoration job got to: the last day it completed, so a rerun
// resumes and missed days are caught up.
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CalendarDate } from '../../domain/calendar/index.ts';
import { isConditionFailure } from './dynamodb.ts';

export interface JobProgress {
  lastCompletedDay: CalendarDate | null;
  version: number;
}

export interface JobProgressStore {
  get(): Promise<JobProgress>;
  /** Records `day` as completed; false when another run moved the progress meanwhile. */
  complete(day: CalendarDate, seen: JobProgress): Promise<boolean>;
}

const key = { pk: 'JOB#restoration', sk: 'PROGRESS' };

export function makeJobProgressStore({
  client,
  tableName,
}: {
  client: DynamoDBDocumentClient;
  tableName: string;
}): JobProgressStore {
  return {
    async get() {
      const { Item } = await client.send(
        new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }),
      );
      return {
        lastCompletedDay: (Item?.lastCompletedDay as CalendarDate | undefined) ?? null,
        version: Number(Item?.version ?? 0),
      };
    },
    async complete(day, seen) {
      try {
        await client.send(
          new PutCommand({
            TableName: tableName,
            Item: { ...key, lastCompletedDay: day, version: seen.version + 1 },
            ...(seen.version === 0
              ? { ConditionExpression: 'attribute_not_exists(pk)' }
              : {
                  ConditionExpression: 'version = :seen',
                  ExpressionAttributeValues: { ':seen': seen.version },
                }),
          }),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },
  };
}
