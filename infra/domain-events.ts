// The EventBridge bus the domain events travel on, and the alerts consumer: a rule sends the events
// that call for a letter or a notice to the send-alerts function, which mails the motorist (SES).
import { Duration, Stack } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { EVENT_SOURCE, type EventType } from '../events/index.ts';
import { DeadLetterQueue } from './dead-letter-queue.ts';
import { grantItemActions } from './licence-table.ts';
import { PermisPointsFunction } from './permis-points-function.ts';

/** The events functions/send-alerts/messages.ts writes to motorists about; the others never reach it. */
export const alertingEvents = [
  'LicenceLinked',
  'InfractionRecorded',
  'PointsRestored',
  'RestorationCorrected',
] as const satisfies readonly EventType[];

export interface DomainEventsProps {
  table: ITableV2;
  mailFrom: string;
  /** The SES identity (domain or address) `mailFrom` is verified under. */
  sesIdentity: string;
}

export class DomainEvents extends Construct {
  readonly bus: EventBus;
  readonly sendAlerts: PermisPointsFunction;
  /** Letters for the print-and-post provider, who consumes this queue (one message a letter). */
  readonly letters: Queue;

  constructor(scope: Construct, id: string, props: DomainEventsProps) {
    super(scope, id);
    this.bus = new EventBus(this, 'Bus', {
      description: 'permis-points domain events (events/contracts.ts)',
    });

    const unsentLetters = new DeadLetterQueue(this, 'UnsentLetters', {
      holds: 'Letters the postal provider failed to take after 5 receipts',
    });
    this.letters = new Queue(this, 'Letters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      deadLetterQueue: { queue: unsentLetters.queue, maxReceiveCount: 5 },
    });

    this.sendAlerts = new PermisPointsFunction(this, 'SendAlerts', {
      entry: 'send-alerts/handler.ts',
      description: 'send-alerts: mails motorists the letters and notices their licence events call for',
      memorySize: 256,
      timeout: Duration.seconds(30),
      environment: {
        TABLE_NAME: props.table.tableName,
        MAIL_FROM: props.mailFrom,
        LETTERS_QUEUE_URL: this.letters.queueUrl,
      },
    });
    // Reads the link, the accounts and the licence (holder's address), then claims each notice once (ONCE# item).
    // The ONCE# claim is put, marked done (UpdateItem), or released when the send failed (DeleteItem).
    grantItemActions(props.table, this.sendAlerts, ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem']);
    this.sendAlerts.addToRolePolicy(
      new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.letters.queueArn] }),
    );
    this.sendAlerts.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [
          Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: props.sesIdentity }),
        ],
      }),
    );

    const failedAlerts = new DeadLetterQueue(this, 'FailedAlerts', {
      holds: 'Licence events whose alerts failed after every retry',
    });
    this.sendAlerts.keepFailedEventsIn(failedAlerts.queue);

    const undelivered = new DeadLetterQueue(this, 'UndeliveredAlerts', {
      holds: 'Licence events EventBridge could not hand to send-alerts',
    });
    new Rule(this, 'AlertingEvents', {
      eventBus: this.bus,
      description: 'Licence events that call for a letter or a notice to the motorist',
      eventPattern: { source: [EVENT_SOURCE], detailType: [...alertingEvents] },
      targets: [
        new LambdaFunction(this.sendAlerts, {
          deadLetterQueue: undelivered.queue,
          retryAttempts: 8,
          maxEventAge: Duration.hours(6),
        }),
      ],
    });
  }
}
