// The EventBridge bus the domain events travel on, and the alerts consumer: a rule sends the events
// that call for a letter or a notice to the send-alerts function, which mails the motorist (SES).
import { Duration, Stack } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { EVENT_SOURCE, type EventType } from '../events/index.ts';
import { DeadLetterQueue } from './dead-letter-queue.ts';
import { grantItemActions } from './licence-table.ts';
import { PermisPointsFunction } from './permis-points-function.ts';

/** The events functions/send-alerts/messages.ts writes to motorists about; the others never reach it. */
export const alertingEvents = [
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

  constructor(scope: Construct, id: string, props: DomainEventsProps) {
    super(scope, id);
    this.bus = new EventBus(this, 'Bus', {
      description: 'permis-points domain events (events/contracts.ts)',
    });

    this.sendAlerts = new PermisPointsFunction(this, 'SendAlerts', {
      entry: 'send-alerts/handler.ts',
      description: 'send-alerts: mails motorists the letters and notices their licence events call for',
      memorySize: 256,
      timeout: Duration.seconds(30),
      environment: { TABLE_NAME: props.table.tableName, MAIL_FROM: props.mailFrom },
    });
    // Reads the link and the account, then claims the event once (ONCE# item) before mailing.
    grantItemActions(props.table, this.sendAlerts, ['GetItem', 'PutItem']);
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
