// Sending a notification to a motorist: SES e-mail in AWS, and letters handed to the postal provider through a
// queue it reads; the local runtime plugs its outbox into the same port.
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { PostalAddress } from '../../domain/licence-record/index.ts';

export interface Notification {
  /** `email` unless said otherwise; a `letter` goes by post to `address`, `to` being its addressee block. */
  channel?: 'email' | 'letter';
  to: string;
  address?: PostalAddress;
  kind: string;
  subject: string;
  text: string;
  data?: Record<string, unknown>;
}

export interface Notifier {
  send(notification: Notification): Promise<unknown>;
}

export function makeSesNotifier({
  client = new SESv2Client({}),
  from,
}: {
  client?: SESv2Client;
  from: string;
}): Notifier {
  return {
    async send(notification) {
      await client.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [notification.to] },
          Content: {
            Simple: {
              Subject: { Data: notification.subject, Charset: 'UTF-8' },
              Body: { Text: { Data: notification.text, Charset: 'UTF-8' } },
            },
          },
        }),
      );
    },
  };
}

/** Letters go to a queue the print-and-post provider consumes (one message a letter, its address included). */
export function makeQueuedLetterNotifier({
  client = new SQSClient({}),
  queueUrl,
}: {
  client?: SQSClient;
  queueUrl: string;
}): Notifier {
  return {
    async send(notification) {
      await client.send(
        new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(notification) }),
      );
    },
  };
}

/** One notifier for both channels: e-mails to `email`, letters to `letters`. */
export function byChannel({ email, letters }: { email: Notifier; letters: Notifier }): Notifier {
  return {
    send: (notification) => (notification.channel === 'letter' ? letters : email).send(notification),
  };
}
