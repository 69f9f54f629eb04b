// Links the caller's account to a licence, once the registry's holder matches the
// identity the caller proved (FranceConnect) or stated (e-mail account). Failures
// are counted per account and per licence number; the answer to a mismatch never
// tells whether the number exists.
import type { CalendarDate } from '../../domain/calendar/index.ts';
import { parseLicenceNumber, type LicenceFormat } from '../../domain/licence-number/index.ts';
import type { AccountRepository } from '../adapters/account-repository.ts';
import type { AttemptCounter } from '../adapters/attempt-counter.ts';
import type { Clock } from '../adapters/clock.ts';
import type { EventBus } from '../adapters/event-bus.ts';
import type { UserDirectory } from '../adapters/identity-provider.ts';
import type { LicenceRepository } from '../adapters/licence-repository.ts';
import type { Caller } from '../http/token-verifier.ts';
import { sameHolder, type AssertedIdentity } from './same-holder.ts';

export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES = 5;

export type LinkOutcome =
  | { kind: 'linked'; licenceNumber: string; format: LicenceFormat }
  | { kind: 'invalid-number'; message: string }
  | { kind: 'holder-required' }
  | { kind: 'not-matched' }
  | { kind: 'linked-elsewhere' }
  | { kind: 'rate-limited'; retryAfterSeconds: number };

export interface LinkRequest {
  format: LicenceFormat;
  licenceNumber: string;
  holder?: { familyName: string; givenNames: string; birthDate: CalendarDate } | undefined;
}

interface Dependencies {
  accounts: AccountRepository;
  licences: LicenceRepository;
  attempts: AttemptCounter;
  users: UserDirectory;
  bus: EventBus;
  clock: Clock;
}

/** Who the caller is: as FranceConnect asserted it (read from the pool), or as an e-mail account states it. */
async function callerIdentity(
  caller: Caller,
  request: LinkRequest,
  users: UserDirectory,
): Promise<{ identity?: AssertedIdentity; email?: string }> {
  const info = await users.userInfo(caller.accessToken);
  const email = typeof info.email === 'string' ? info.email : undefined;
  if (caller.identityProvider === 'email')
    return { ...(request.holder ? { identity: request.holder } : {}), ...(email ? { email } : {}) };
  const { family_name: familyName, given_name: givenNames, birthdate: birthDate } = info;
  if (typeof familyName !== 'string' || typeof givenNames !== 'string' || typeof birthDate !== 'string')
    return email ? { email } : {};
  return { identity: { familyName, givenNames, birthDate }, ...(email ? { email } : {}) };
}

export function makeLinkLicence({ accounts, licences, attempts, users, bus, clock }: Dependencies) {
  const rateLimit = async (keys: string[], now: number) => {
    const recent = await Promise.all(keys.map((key) => attempts.recent(key, now, FAILURE_WINDOW_MS)));
    const blocking = recent.filter((failures) => failures.length >= MAX_FAILURES);
    if (blocking.length === 0) return undefined;
    const freeAt = Math.max(
      ...blocking.map((failures) => (failures[failures.length - MAX_FAILURES] ?? now) + FAILURE_WINDOW_MS),
    );
    return Math.max(1, Math.ceil((freeAt - now) / 1000));
  };

  return async function linkLicence(caller: Caller, request: LinkRequest): Promise<LinkOutcome> {
    const parsed = parseLicenceNumber(request.licenceNumber, request.format);
    if (!parsed.ok) return { kind: 'invalid-number', message: parsed.message.en };
    const { licenceNumber } = parsed;
    const now = clock.now().getTime();
    const keys = [`ACCOUNT#${caller.accountId}`, `LICENCE#${licenceNumber}`];
    const retryAfterSeconds = await rateLimit(keys, now);
    if (retryAfterSeconds !== undefined) return { kind: 'rate-limited', retryAfterSeconds };

    if (caller.identityProvider === 'email' && !request.holder) return { kind: 'holder-required' };
    const { identity, email } = await callerIdentity(caller, request, users);
    if (!identity) return { kind: 'not-matched' };
    const licence = await licences.get(licenceNumber);
    if (!licence || !sameHolder(licence.holder, identity)) {
      await Promise.all(keys.map((key) => attempts.recordFailure(key, now, FAILURE_WINDOW_MS)));
      return { kind: 'not-matched' };
    }

    const link = await accounts.getLink(licenceNumber);
    if (link && link.accountId !== caller.accountId) {
      const holder = await accounts.get(link.accountId);
      if (holder?.licence?.licenceNumber === licenceNumber) return { kind: 'linked-elsewhere' };
    }
    const linkedAt = clock.now().toISOString();
    const previousOwner = link?.accountId ?? null;
    if (
      !(await accounts.claimLink({ licenceNumber, accountId: caller.accountId, linkedAt }, previousOwner))
    ) {
      return { kind: 'linked-elsewhere' };
    }
    const account = (await accounts.get(caller.accountId)) ?? {
      accountId: caller.accountId,
      identityProvider: caller.identityProvider,
    };
    const previous = account.licence?.licenceNumber;
    await accounts.save({
      ...account,
      identityProvider: caller.identityProvider,
      ...(email ? { email } : {}),
      licence: { licenceNumber, format: licence.format, linkedAt },
    });
    if (previous && previous !== licenceNumber) await accounts.releaseLink(previous, caller.accountId);
    await bus.publish([
      {
        id: `link:${caller.accountId}:${licenceNumber}:${linkedAt}`,
        type: 'LicenceLinked',
        occurredAt: linkedAt,
        detail: { licenceNumber, accountId: caller.accountId },
      },
    ]);
    return { kind: 'linked', licenceNumber, format: licence.format };
  };
}
