// GET /v1/me
import { confirmedLink } from '../adapters/account-repository.ts';
import { httpRoute, lazyHandler } from '../http/index.ts';
import { makeFindMyAccount } from '../motorist/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';

const ports = { accounts: build.accounts, verifier: build.verifier };

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  const findMyAccount = makeFindMyAccount(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => {
    const account = await findMyAccount(caller);
    const linked = account.licence;
    const link = confirmedLink(account, linked && (await deps.accounts.getLink(linked.licenceNumber)));
    return {
      status: 200,
      body: {
        identityProvider: caller.identityProvider,
        licence:
          linked && link
            ? { licenceNumber: linked.licenceNumber, format: linked.format, assurance: link.assurance }
            : null,
      },
    };
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
