// Sends the motorist who linked a licence the alerts its events call for, and the notices a new link calls for,
// once per event even when an event is delivered twice.
import type { DomainEvent, EventDetail } from '../../events/index.ts';
import { confirmedLink, type AccountRepository } from '../adapters/account-repository.ts';
import type { AlertLog } from '../adapters/alert-log.ts';
import type { Clock } from '../adapters/clock.ts';
import type { LicenceRepository } from '../adapters/licence-repository.ts';
import type { Notification, Notifier } from '../adapters/notifications.ts';
import type { OnceGuard } from '../adapters/once-guard.ts';
import { logger } from '../runtime/index.ts';
import { linkNotices, postalRecipient } from './link-notices.ts';
import { messagesFor } from './messages.ts';

export function makeSendAlerts({
  accounts,
  alertLog,
  licences,
  notifier,
  once,
  clock,
}: {
  accounts: AccountRepository;
  alertLog: AlertLog;
  licences: LicenceRepository;
  notifier: Notifier;
  once: OnceGuard;
  clock: Clock;
}) {
  /**
   * Each message is marked sent only once sent: a failure is retried by the next delivery, a success never. An
   * e-mail to an account is recorded among the alerts it received as part of the send: were the record to fail,
   * the send is retried as a whole.
   */
  async function sendOnce(
    key: string,
    notification: Notification,
    event: DomainEvent,
    accountId?: string,
  ): Promise<number> {
    const sent = await once.once(key, clock.now().getTime(), async () => {
      await notifier.send(notification);
      if (accountId === undefined) return;
      const { kind, subject, text } = notification;
      await alertLog.record(
        accountId,
        { sentAt: clock.now().toISOString(), channel: 'email', kind, subject, text },
        { key, occurredAt: event.occurredAt },
      );
    });
    return sent ? 1 : 0;
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
          // A letter goes to the holder, who may have no account here: it is no account's alert.
          sent += await sendOnce(
            key,
            { channel: 'letter', to, address: licence.holder.address, kind, subject, text, data },
            event,
          );
        continue;
      }
      const recipient = notice.recipient === 'displaced-account' ? displaced : linking;
      if (recipient?.email)
        sent += await sendOnce(
          key,
          { to: recipient.email, kind, subject, text, data },
          event,
          recipient.accountId,
        );
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
    if (!account?.email || !confirmedLink(account, link)) return 0;
    const to = account.email;
    let sent = 0;
    for (const [index, message] of messages.entries()) {
      const data = { eventId: event.id, eventType: event.type };
      sent += await sendOnce(
        `alert#${event.id}#${index}`,
        { to, ...message, data },
        event,
        account.accountId,
      );
    }
    return sent;
  };
}
