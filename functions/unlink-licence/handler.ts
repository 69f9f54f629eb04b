// DELETE /v1/me/licence
import { httpRoute, lazyHandler } from '../http/index.ts';
import { buildDependencies, type DependenciesOf } from '../dependencies/index.ts';
import { apiEntry } from '../runtime/index.ts';
import * as build from '../dependencies/builders/index.ts';
import { route } from './route.ts';

const ports = { accounts: build.accounts, verifier: build.verifier };

export function makeHandler(deps: DependenciesOf<typeof ports>) {
  return httpRoute(route, deps.verifier, async ({ caller }) => {
    const account = await deps.accounts.get(caller.accountId);
    if (account?.licence) {
      await deps.accounts.releaseLink(account.licence.licenceNumber, caller.accountId);
      await deps.accounts.forgetLicence(caller.accountId, account.licence.licenceNumber);
    }
    return { status: 204 };
  });
}

export const handler = apiEntry(lazyHandler(() => makeHandler(buildDependencies(ports))));
