// The alerts consumer: an EventBridge rule delivers the licence events here.
import type { EventBridgeEvent } from 'aws-lambda';
import { parseEvent } from '../../events/index.ts';
import { makeAccountRepository } from '../adapters/account-repository.ts';
import { systemClock } from '../adapters/clock.ts';
import { makeDocumentClient } from '../adapters/dynamodb.ts';
import { byChannel, makeQueuedLetterNotifier, makeSesNotifier } from '../adapters/notifications.ts';
import { makeLicenceRepository } from '../adapters/licence-repository.ts';
import { makeOnceGuard } from '../adapters/once-guard.ts';
import { makeSendAlerts } from './use-case.ts';

type Envelope = { id: string; occurredAt: string; detail: unknown };

let sendAlerts: ReturnType<typeof makeSendAlerts> | undefined;

export async function handler(event: EventBridgeEvent<string, Envelope>): Promise<void> {
  if (!sendAlerts) {
    const client = makeDocumentClient();
    const tableName = process.env.TABLE_NAME ?? '';
    sendAlerts = makeSendAlerts({
      accounts: makeAccountRepository({ client, tableName }),
      licences: makeLicenceRepository({ client, tableName }),
      notifier: byChannel({
        email: makeSesNotifier({ from: process.env.MAIL_FROM ?? '' }),
        letters: makeQueuedLetterNotifier({ queueUrl: process.env.LETTERS_QUEUE_URL ?? '' }),
      }),
      once: makeOnceGuard({ client, tableName }),
      clock: systemClock,
    });
  }
  await sendAlerts(parseEvent({ ...event.detail, type: event['detail-type'] }));
}
