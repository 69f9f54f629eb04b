// Sends the motorist who linked a licence the alerts its events call for, once
// per event even when an event is delivered twice.
import type { DomainEvent } from '../../events/index.ts';
import type { AccountRepository } from '../adapters/account-repository.ts';
import type { Clock } from '../adapters/clock.ts';
import type { Notifier } from '../adapters/notifications.ts';
import type { OnceGuard } from '../adapters/once-guard.ts';
import { messagesFor } from './messages.ts';

export function makeSendAlerts({
  accounts,
  notifier,
  once,
  clock,
}: {
  accounts: AccountRepository;
  notifier: Notifier;
  once: OnceGuard;
  clock: Clock;
}) {
  return async function sendAlerts(event: DomainEvent): Promise<number> {
    const messages = messagesFor(event);
    const licenceNumber = (event.detail as { licenceNumber?: string }).licenceNumber;
    if (messages.length === 0 || !licenceNumber) return 0;
    const link = await accounts.getLink(licenceNumber);
    const account = link ? await accounts.get(link.accountId) : undefined;
    if (!account?.email || account.licence?.licenceNumber !== licenceNumber) return 0;
    if (!(await once.claim(`alert#${event.id}`, clock.now().getTime()))) return 0;
    for (const message of messages) {
      await notifier.send({
        to: account.email,
        ...message,
        data: { eventId: event.id, eventType: event.type },
      });
    }
    return messages.length;
  };
}
