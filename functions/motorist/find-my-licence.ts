// The caller's account and the licence linked to it. Everything a motorist reads
// goes through here, scoped by the verified token's subject, never by input.
import {
  confirmedLink,
  type Account,
  type AccountRepository,
  type LicenceLink,
} from '../adapters/account-repository.ts';
import type { LicenceRepository, StoredLicence } from '../adapters/licence-repository.ts';
import { UseCaseError, type Caller } from '../use-case/index.ts';

export function makeFindMyAccount({ accounts }: { accounts: AccountRepository }) {
  return async function findMyAccount(caller: Caller): Promise<Account> {
    return (
      (await accounts.get(caller.accountId)) ?? {
        accountId: caller.accountId,
        identityProvider: caller.identityProvider,
      }
    );
  };
}

export function makeFindMyLicence({
  accounts,
  licences,
}: {
  accounts: AccountRepository;
  licences: LicenceRepository;
}) {
  /** `display`: with the facts' labels and places (a history, a document), one more query; otherwise the aggregate. */
  return async function findMyLicence(
    caller: Pick<Caller, 'accountId'>,
    { display = false }: { display?: boolean } = {},
  ): Promise<{ account: Account; licence: StoredLicence; link: LicenceLink }> {
    const account = await accounts.get(caller.accountId);
    const licenceNumber = account?.licence?.licenceNumber;
    // The link item is the guard of ownership: an account claim it does not confirm is stale.
    const [link, stored] = licenceNumber
      ? await Promise.all([
          accounts.getLink(licenceNumber),
          display ? licences.getWithDisplay(licenceNumber) : licences.get(licenceNumber),
        ])
      : [undefined, undefined];
    const confirmed = confirmedLink(account, link);
    const licence = confirmed ? stored : undefined;
    if (!account || !licence || !confirmed) {
      throw new UseCaseError('licence-not-linked', 'No licence is linked to this account.');
    }
    return { account, licence, link: confirmed };
  };
}
