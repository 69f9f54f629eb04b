// Sends the motorist who linked a licence the alerts its events call for, and the notices a new link calls for,
// once per event even when an event is delivered twice.
import type { DomainEvent, EventDetail } from '../../events/index.ts';
import type { AccountRepository } from '../adapters/account-repository.ts';
import type { Clock } from '../adapters/clock.ts';
import type { LicenceRepository } from '../adapters/licence-repository.ts';
import type { Notification, Notifier } from '../adapters/notifications.ts';
import type { OnceGuard } from '../adapters/once-guard.ts';
import { logger } from '../http/logger.ts';
import { linkNotices, postalRecipient } from './link-notices.ts';
import { messagesFor } from './messages.ts';

export function makeSendAlerts({
  accounts,
  licences,
  notifier,
  once,
  clock,
}: {
  accounts: AccountRepository;
  licences: LicenceRepository;
  notifier: Notifier;
  once: OnceGuard;
  clock: Clock;
}) {
  /** Each message is marked sent only once sent: a failure is retried by the next delivery, a success never. */
  async function sendOnce(key: string, notification: Notification): Promise<number> {
    return (await once.once(key, clock.now().getTime(), () => notifier.send(notification))) ? 1 : 0;
  }

  async function sendLinkNotices(event: DomainEvent): Promise<number> {
    const detail = event.detail as EventDetail<'LicenceLinked'>;
    const [linking, displaced, licence] = await Promise.all([
      accounts.get(detail.accountId),
      detail.displacedAccountId ? accounts.get(detail.displacedAccountId) : undefined,
      licences.get(detail.licenceNumber),
    ]);
    let sent = 0;
    for (const notice of linkNotices(detail, linking)) {
      const data = { eventId: event.id, eventType: event.type };
      const { kind, subject, text } = notice;
      const key = `alert#${event.id}#${notice.recipient}`;
      if (notice.recipient === 'holder-by-post') {
        const to = licence && postalRecipient(licence.holder);
        // No address on record: the registry must supply one; the link stands, the gap is logged for support.
        if (!to || !licence.holder.address) logger.warn('declared link with no postal address on record');
        else
          sent += await sendOnce(key, {
            channel: 'letter',
            to,
            address: licence.holder.address,
            kind,
            subject,
            text,
            data,
          });
        continue;
      }
      const to = (notice.recipient === 'displaced-account' ? displaced : linking)?.email;
      if (to) sent += await sendOnce(key, { to, kind, subject, text, data });
    }
    return sent;
  }

  return async function sendAlerts(event: DomainEvent): Promise<number> {
    if (event.type === 'LicenceLinked') return sendLinkNotices(event);
    const messages = messagesFor(event);
    const licenceNumber = (event.detail as { licenceNumber?: string }).licenceNumber;
    if (messages.length === 0 || !licenceNumber) return 0;
    const link = await accounts.getLink(licenceNumber);
    const account = link ? await accounts.get(link.accountId) : undefined;
    if (!account?.email || account.licence?.licenceNumber !== licenceNumber) return 0;
    const to = account.email;
    let sent = 0;
    for (const [index, message] of messages.entries()) {
      const data = { eventId: event.id, eventType: event.type };
      sent += await sendOnce(`alert#${event.id}#${index}`, { to, ...message, data });
    }
    return sent;
  };
}
