// Sending a notification to a motorist: SES e-mail in AWS; the local runtime
// plugs its outbox into the same port.
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';

export interface Notification {
  to: string;
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
