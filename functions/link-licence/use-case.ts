// Links the caller's account to a licence, once the registry's holder matches the identity the caller proved
// (FranceConnect: a `verified` link) or stated (e-mail account: a `declared` one). A verified link displaces a
// declared one, never the reverse, so knowing what is printed on a licence is never enough to keep it from its
// holder. Each attempt is reserved before the identity is compared, so parallel requests cannot outrun the limit;
// the answer to a mismatch never tells whether the number exists.
import type { CalendarDate } from '../../domain/calendar/index.ts';
import { parseLicenceNumber, type LicenceFormat } from '../../domain/licence-number/index.ts';
import type { AccountRepository, Assurance, LicenceLink } from '../adapters/account-repository.ts';
import type { AttemptCounter, RateLimit, Reservation } from '../adapters/attempt-counter.ts';
import type { Clock } from '../adapters/clock.ts';
import type { EventBus } from '../adapters/event-bus.ts';
import type { UserDirectory } from '../adapters/identity-provider.ts';
import type { LicenceRepository } from '../adapters/licence-repository.ts';
import { recordSecurityEvent } from '../adapters/security-events.ts';
import type { Caller } from '../use-case/index.ts';
import { sameHolder, type AssertedIdentity } from './same-holder.ts';

/** Five failed attempts in 15 minutes, per account and, for declared attempts, per licence number. */
export const LINK_ATTEMPTS: RateLimit = { limit: 5, windowMs: 15 * 60 * 1000 };

/** A remark on a link made all the same: a lenient spelling of the number, a format corrected by the registry. */
export interface LinkWarning {
  code: string;
  message: { fr: string; en: string };
}

export type LinkOutcome =
  | {
      kind: 'linked';
      licenceNumber: string;
      format: LicenceFormat;
      assurance: Assurance;
      warnings: LinkWarning[];
    }
  | { kind: 'invalid-number'; reason: string; message: { fr: string; en: string } }
  | { kind: 'holder-required' }
  | { kind: 'not-matched' }
  | { kind: 'linked-elsewhere' }
  | { kind: 'rate-limited'; retryAfterSeconds: number };

export interface LinkRequest {
  format: LicenceFormat;
  licenceNumber: string;
  holder?: { familyName: string; givenNames: string; birthDate: CalendarDate } | undefined;
}

interface LinkDependencies {
  accounts: AccountRepository;
  licences: Pick<LicenceRepository, 'holderOf'>;
  attempts: AttemptCounter;
  users: UserDirectory;
  bus: EventBus;
  clock: Clock;
}

// A link can change under us between the read and the conditional write; a few rounds settle any race.
const CLAIM_ROUNDS = 4;

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

type Claim =
  | { kind: 'claimed'; displaced: string | undefined }
  | { kind: 'already-held'; link: LicenceLink }
  | { kind: 'held-elsewhere' };

export function makeLinkLicence({ accounts, licences, attempts, users, bus, clock }: LinkDependencies) {
  /** Reserves the attempts this request may make: the account's always, the number's for declared attempts. */
  async function reserveAttempts(caller: Caller, licenceNumber: string, assurance: Assurance, now: number) {
    const keys = [`LINK#ACCOUNT#${caller.accountId}`];
    // Other people's failures never block a FranceConnect holder: only declared attempts count per number.
    if (assurance === 'declared') keys.push(`LINK#LICENCE#${licenceNumber}`);
    const reservations: Reservation[] = [];
    for (const [index, key] of keys.entries()) {
      const reservation = await attempts.reserve(key, now, LINK_ATTEMPTS);
      if (!reservation.ok) {
        await Promise.all(reservations.map((taken) => attempts.release(taken)));
        recordSecurityEvent('link-rate-limited', { scope: index === 0 ? 'account' : 'licence', assurance });
        return { ok: false as const, retryAfterSeconds: reservation.retryAfterSeconds };
      }
      reservations.push(reservation);
    }
    return { ok: true as const, release: () => Promise.all(reservations.map((r) => attempts.release(r))) };
  }

  /** The link as its owner's account confirms it; one whose owner moved to another licence is stale. */
  async function isStale(link: LicenceLink): Promise<boolean> {
    const owner = await accounts.get(link.accountId);
    const held = owner?.licence?.licenceNumber;
    return held !== undefined && held !== link.licenceNumber;
  }

  /** Takes the licence's link for the caller in one conditional write, or says who holds it. */
  async function claim(wanted: LicenceLink): Promise<Claim> {
    for (let round = 0; round < CLAIM_ROUNDS; round += 1) {
      const current = (await accounts.getLink(wanted.licenceNumber)) ?? null;
      if (current?.accountId === wanted.accountId) return { kind: 'already-held', link: current };
      let displaced: string | undefined;
      if (current !== null) {
        const stale = await isStale(current);
        if (current.assurance === 'declared' && wanted.assurance === 'verified')
          displaced = stale ? undefined : current.accountId;
        else if (!stale) return { kind: 'held-elsewhere' };
      }
      if (await accounts.claimLink(wanted, current)) return { kind: 'claimed', displaced };
    }
    return { kind: 'held-elsewhere' };
  }

  return async function linkLicence(caller: Caller, request: LinkRequest): Promise<LinkOutcome> {
    const parsed = parseLicenceNumber(request.licenceNumber, request.format);
    if (!parsed.ok) return { kind: 'invalid-number', reason: parsed.reason, message: parsed.message };
    const { licenceNumber } = parsed;
    const warnings: LinkWarning[] = parsed.warnings.map(({ code, message }) => ({ code, message }));
    if (caller.identityProvider === 'email' && !request.holder) return { kind: 'holder-required' };
    const assurance: Assurance = caller.identityProvider === 'franceconnect' ? 'verified' : 'declared';

    const reserved = await reserveAttempts(caller, licenceNumber, assurance, clock.now().getTime());
    if (!reserved.ok) return { kind: 'rate-limited', retryAfterSeconds: reserved.retryAfterSeconds };
    const [{ identity, email }, licence] = await Promise.all([
      callerIdentity(caller, request, users),
      // The holder alone: the answer must not take longer for a recorded licence, however long its history.
      licences.holderOf(licenceNumber),
    ]);
    if (!identity || !licence || !sameHolder(licence.holder, identity)) {
      // The reserved attempts stay taken: they are the failures the limit counts.
      recordSecurityEvent('link-refused', { reason: 'not-matched', assurance });
      return { kind: 'not-matched' };
    }
    await reserved.release();
    if (licence.format !== request.format) warnings.push(formatCorrected(licence.format));

    const linkedAt = clock.now().toISOString();
    const claimed = await claim({ licenceNumber, accountId: caller.accountId, linkedAt, assurance });
    if (claimed.kind === 'held-elsewhere') {
      recordSecurityEvent('link-conflict', { assurance });
      return { kind: 'linked-elsewhere' };
    }
    const link = claimed.kind === 'claimed' ? { linkedAt, assurance } : claimed.link;
    const account = (await accounts.get(caller.accountId)) ?? {
      accountId: caller.accountId,
      identityProvider: caller.identityProvider,
    };
    const previousLicence = account.licence?.licenceNumber;
    await accounts.save({
      ...account,
      identityProvider: caller.identityProvider,
      ...(email ? { email } : {}),
      licence: { licenceNumber, format: licence.format, linkedAt: link.linkedAt, assurance: link.assurance },
    });
    if (previousLicence && previousLicence !== licenceNumber)
      await accounts.releaseLink(previousLicence, caller.accountId);
    if (claimed.kind === 'already-held')
      return { kind: 'linked', licenceNumber, format: licence.format, assurance: link.assurance, warnings };

    const { displaced } = claimed;
    if (displaced) {
      // The former account loses access at once (reads check the link item); its pointer is cleared too.
      await accounts.forgetLicence(displaced, licenceNumber);
      recordSecurityEvent('declared-link-displaced', { by: assurance });
    }
    await bus.publish([
      {
        id: `link:${caller.accountId}:${licenceNumber}:${linkedAt}`,
        type: 'LicenceLinked',
        occurredAt: linkedAt,
        detail: {
          licenceNumber,
          accountId: caller.accountId,
          assurance,
          ...(displaced ? { displacedAccountId: displaced } : {}),
        },
      },
    ]);
    return { kind: 'linked', licenceNumber, format: licence.format, assurance, warnings };
  };
}

function formatCorrected(format: LicenceFormat): LinkWarning {
  return format === 'eu-card'
    ? {
        code: 'format-corrected',
        message: {
          fr: 'Le registre connaît ce permis au format carte (européen) : c’est ce format qui est retenu.',
          en: 'The registry holds this licence as a card (EU format): that format is kept.',
        },
      }
    : {
        code: 'format-corrected',
        message: {
          fr: 'Le registre connaît ce permis au format papier rose (3 volets) : c’est ce format qui est retenu.',
          en: 'The registry holds this licence as a pink three-fold paper licence: that format is kept.',
        },
      };
}
