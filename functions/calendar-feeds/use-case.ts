// The calendar of a motorist's upcoming recoveries, downloaded once or subscribed to: a subscription is a secret,
// revocable address that calendar apps fetch without an Authorization header (Google and Apple cannot send one),
// current at every fetch.
import type { AccountRepository } from '../adapters/account-repository.ts';
import type { CalendarFeeds } from '../adapters/calendar-feeds.ts';
import type { Clock } from '../adapters/clock.ts';
import type { LicenceRepository } from '../adapters/licence-repository.ts';
import { isUseCaseError, type Caller } from '../use-case/index.ts';
import { upcomingCalendar } from './calendar.ts';
import { makeFindMyLicence } from '../motorist/index.ts';
import { statementResponse } from '../registry/index.ts';

interface CalendarDependencies {
  accounts: AccountRepository;
  licences: LicenceRepository;
  calendarFeeds: CalendarFeeds;
  clock: Clock;
}

export function makeCalendars({ accounts, licences, calendarFeeds, clock }: CalendarDependencies) {
  const findMyLicence = makeFindMyLicence({ accounts, licences });

  async function calendarOf(caller: Pick<Caller, 'accountId'>): Promise<string> {
    const { licence } = await findMyLicence(caller);
    const { upcoming } = statementResponse(licence, clock.today());
    return upcomingCalendar(upcoming, await calendarFeeds.uidKey(caller.accountId), clock.now());
  }

  return {
    calendarOf,

    unsubscribe: (caller: Caller) => calendarFeeds.revoke(caller.accountId),

    /** The feed a token opens, or undefined for an unknown or revoked token (and for an unlinked account). */
    async feed(token: string): Promise<string | undefined> {
      const accountId = await calendarFeeds.accountOf(token);
      if (!accountId) return undefined;
      return calendarOf({ accountId }).catch((error: unknown) => {
        // No licence linked any more: the address opens nothing, like a revoked one.
        if (isUseCaseError(error, 'licence-not-linked')) return undefined;
        throw error;
      });
    },
  };
}

/** A new feed address (the previous one stops working), once a licence is linked. */
export function makeSubscribeToCalendar({
  accounts,
  licences,
  calendarFeeds,
  clock,
  publicUrl,
}: CalendarDependencies & { publicUrl: string }) {
  const findMyLicence = makeFindMyLicence({ accounts, licences });
  return async function subscribeToCalendar(caller: Caller): Promise<{ url: string; webcalUrl: string }> {
    await findMyLicence(caller);
    const token = await calendarFeeds.create(caller.accountId, clock.now());
    const url = `${publicUrl}/v1/calendar/${token}.ics`;
    return { url, webcalUrl: url.replace(/^https?:\/\//, 'webcal://') };
  };
}
