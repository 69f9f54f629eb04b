// DELETE /v1/me
import { httpRoute, lazyHandler } from '../http/route.ts';
import { awsDependencies, type Dependencies } from '../runtime/dependencies.ts';
import { route } from './route.ts';
import { makeDeleteAccount } from './use-case.ts';

export function makeHandler(deps: Dependencies) {
  const deleteAccount = makeDeleteAccount(deps);
  return httpRoute(route, deps.verifier, async ({ caller }) => {
    await deleteAccount(caller);
    return { status: 204 };
  });
}

export const handler = lazyHandler(() => makeHandler(awsDependencies()));
