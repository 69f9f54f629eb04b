// Deletes what the service holds about a motorist (CONTRACT.md: DELETE /v1/me): the licence link first, so the
// licence is free at once, then the calendar feed, the documents (PDFs and verifications), the alerts received,
// then the account. The licence record is the registry's and stays as it is. An alert being sent at the very moment
// of the deletion may still record itself after it: that item is swept by its one-year TTL, and no route reads it.
import type { AccountRepository } from '../adapters/account-repository.ts';
import type { AlertLog } from '../adapters/alert-log.ts';
import type { CalendarFeeds } from '../adapters/calendar-feeds.ts';
import type { DocumentRepository } from '../adapters/document-repository.ts';
import type { DocumentStorage } from '../adapters/document-storage.ts';
import { makeForgetMyDocuments } from '../documents/index.ts';
import type { Caller } from '../use-case/index.ts';

export function makeDeleteAccount({
  accounts,
  alertLog,
  calendarFeeds,
  documents,
  documentStorage,
}: {
  accounts: AccountRepository;
  alertLog: AlertLog;
  calendarFeeds: CalendarFeeds;
  documents: DocumentRepository;
  documentStorage: DocumentStorage;
}) {
  const forgetMyDocuments = makeForgetMyDocuments({ documents, documentStorage });
  return async function deleteAccount(caller: Pick<Caller, 'accountId'>): Promise<void> {
    const account = await accounts.get(caller.accountId);
    if (!account) return;
    if (account.licence) await accounts.releaseLink(account.licence.licenceNumber, caller.accountId);
    await calendarFeeds.revoke(caller.accountId);
    await forgetMyDocuments(caller);
    await alertLog.forget(caller.accountId);
    await accounts.delete(caller.accountId);
  };
}
