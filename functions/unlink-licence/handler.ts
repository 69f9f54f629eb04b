// DELETE /v1/me/licence
import { httpRoute, lazyHandler } from '../http/route.ts';
import { awsDependencies, type Dependencies } from '../runtime/dependencies.ts';
import { route } from './route.ts';

export function makeHandler(deps: Dependencies) {
  return httpRoute(route, deps.verifier, async ({ caller }) => {
    const account = await deps.accounts.get(caller.accountId);
    if (account?.licence) {
      await deps.accounts.releaseLink(account.licence.licenceNumber, caller.accountId);
      await deps.accounts.forgetLicence(caller.accountId, account.licence.licenceNumber);
    }
    return { status: 204 };
  });
}

export const handler = lazyHandler(() => makeHandler(awsDependencies()));
