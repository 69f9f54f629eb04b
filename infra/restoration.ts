// The daily restoration (docs/restoration.md): EventBridge Scheduler invokes the planner at 00:05
// Europe/Paris; the planner queues one message per due-index shard and day; workers recompute each
// shard-day, 32 at most at once. Every way the work can fail ends in a dead-letter queue with an alarm.
import { Aws, Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { DeadLetterQueue } from './dead-letter-queue.ts';
import { grantDueIndexQuery, grantItemActions } from './licence-table.ts';
import { PermisPointsFunction } from './permis-points-function.ts';

/** The numbers of docs/restoration.md. */
export const restorationLimits = {
  workerConcurrency: 32,
  workerTimeout: Duration.minutes(3),
  /** Receives of a shard-day before it is parked in the dead-letter queue. */
  maxReceiveCount: 3,
};

export interface RestorationProps {
  table: ITableV2;
  bus: IEventBus;
  /** Concurrency kept for the workers so the API cannot starve them; none when absent. */
  reservedConcurrency?: number | undefined;
}

export class Restoration extends Construct {
  readonly planner: PermisPointsFunction;
  readonly worker: PermisPointsFunction;
  readonly workQueue: Queue;
  readonly schedule: Schedule;
  readonly schedulerRole: Role;

  constructor(scope: Construct, id: string, props: RestorationProps) {
    super(scope, id);
    const { table, bus } = props;

    const parkedShardDays = new DeadLetterQueue(this, 'ParkedShardDays', {
      holds: `Shard-days the restoration workers failed ${restorationLimits.maxReceiveCount} times`,
    });
    this.workQueue = new Queue(this, 'WorkQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS advises six times the function timeout, so a message is not redelivered while throttled.
      visibilityTimeout: Duration.seconds(restorationLimits.workerTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: parkedShardDays.queue, maxReceiveCount: restorationLimits.maxReceiveCount },
    });

    this.planner = new PermisPointsFunction(this, 'Planner', {
      entry: 'restore-points/handler.ts',
      description: 'restore-points planner: queues the shard-days not yet planned',
      memorySize: 256,
      timeout: Duration.minutes(2),
      environment: { TABLE_NAME: table.tableName, RESTORATION_QUEUE_URL: this.workQueue.queueUrl },
    });
    // Reads and moves its progress item (JOB#restoration); sends the shard-days.
    grantItemActions(table, this.planner, ['GetItem', 'PutItem']);
    this.planner.addToRolePolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.workQueue.queueArn] }),
    );
    const failedRuns = new DeadLetterQueue(this, 'FailedPlannerRuns', {
      holds: 'Daily restoration runs whose planner failed after its retries',
    });
    this.planner.keepFailedEventsIn(failedRuns.queue);

    const undeliveredRuns = new DeadLetterQueue(this, 'UndeliveredRuns', {
      holds: 'Daily restoration runs EventBridge Scheduler could not hand to the planner',
    });
    this.schedulerRole = new Role(this, 'SchedulerRole', {
      description: 'EventBridge Scheduler invoking the restoration planner',
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: {
            'aws:SourceAccount': Aws.ACCOUNT_ID,
            'aws:SourceArn': Stack.of(this).formatArn({
              service: 'scheduler',
              resource: 'schedule-group',
              resourceName: 'default',
            }),
          },
        },
      }),
    });
    const plannerId = Stack.of(this).getLogicalId(this.planner.node.defaultChild as CfnFunction);
    Validations.of(this.schedulerRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${plannerId}.Arn>:*]`,
      reason:
        "CDK's grant to invoke the planner also covers its versions and aliases (ARN:*); the planner has none.",
    });
    this.schedule = new Schedule(this, 'Daily', {
      description: 'The daily restoration of points, at 00:05 in Paris',
      schedule: ScheduleExpression.cron({ minute: '5', hour: '0', timeZone: TimeZone.EUROPE_PARIS }),
      target: new LambdaInvoke(this.planner, {
        role: this.schedulerRole,
        deadLetterQueue: undeliveredRuns.queue,
        retryAttempts: 8,
        maxEventAge: Duration.hours(6),
      }),
    });

    this.worker = new PermisPointsFunction(this, 'Worker', {
      entry: 'restore-points/worker.ts',
      description: 'restore-points worker: recomputes the due licences of one shard for one day',
      memorySize: 1024,
      timeout: restorationLimits.workerTimeout,
      environment: { TABLE_NAME: table.tableName, EVENT_BUS_NAME: bus.eventBusName },
      reservedConcurrentExecutions: props.reservedConcurrency,
    });
    // The single write path of a licence (read, conditional put, outbox cleared), after the due query; a licence
    // written before the history split has its labels moved to display items (batch) on its next write.
    grantDueIndexQuery(table, this.worker);
    grantItemActions(table, this.worker, ['GetItem', 'PutItem', 'UpdateItem', 'BatchWriteItem']);
    bus.grantPutEventsTo(this.worker);
    // The event source mapping polls with the worker's role: it needs these three actions and no more.
    this.worker.addToRolePolicy(
      new PolicyStatement({
        actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
        resources: [this.workQueue.queueArn],
      }),
    );
    this.worker.addEventSourceMapping('WorkQueue', {
      eventSourceArn: this.workQueue.queueArn,
      batchSize: 1,
      reportBatchItemFailures: true,
      maxConcurrency: restorationLimits.workerConcurrency,
    });
    const queueRedrive =
      'SQS invokes it through an event source mapping: failed shard-days are retried by SQS and then parked by the work queue redrive policy.';
    Validations.of(this.worker).acknowledge(
      { id: 'Serverless-LambdaDLQ', reason: queueRedrive },
      { id: 'Serverless-LambdaEventSourceMappingDestination', reason: queueRedrive },
    );
  }
}
