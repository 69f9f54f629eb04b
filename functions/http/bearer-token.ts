// The project's authentication middleware (middy has none for a user pool's access tokens): the bearer token of
// Authorization verified, and the caller let in only on the routes meant for it.
import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { recordSecurityEvent } from '../adapters/security-events.ts';
import { problems } from './problem.ts';
import type { RouteContext } from './route-context.ts';
import type { Caller, TokenVerifier } from './token-verifier.ts';

export const REGISTRY_SCOPE = 'registry/write';

/** Who may call a route: anyone, a signed-in motorist, or one of the registry's clients. */
export type RouteAuth = 'public' | 'motorist' | 'registry';

const refuse = (reason: string, detail: string) => {
  recordSecurityEvent('token-refused', { reason });
  return problems.forbidden(detail);
};

/** The caller a verified token names, if it may take a route meant for `auth`; a 403 otherwise. */
function admit(auth: Exclude<RouteAuth, 'public'>, caller: Caller): Caller {
  const hasRegistryScope = caller.scopes.includes(REGISTRY_SCOPE);
  // The scope alone is not enough: a motorist's app client must never reach the registry, even if a
  // misconfigured pool granted it the scope.
  if (hasRegistryScope && !caller.registryClient)
    throw refuse(
      'registry-scope-on-app-client',
      'The registry/write scope belongs to registry clients only.',
    );
  const isMachine = hasRegistryScope || caller.registryClient || caller.accountId === caller.clientId;
  if (auth === 'registry' && !caller.registryClient)
    throw refuse('not-a-registry-client', "This route is for the registry's clients.");
  if (auth === 'registry' && !hasRegistryScope)
    throw refuse('registry-scope-missing', 'This route needs the registry/write scope.');
  if (auth === 'motorist' && isMachine)
    throw refuse('machine-on-motorist-route', 'This route is for signed-in motorists.');
  return caller;
}

export function bearerToken(
  auth: Exclude<RouteAuth, 'public'>,
  verifier: TokenVerifier | undefined,
): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, RouteContext> {
  return {
    before: async ({ event, context }) => {
      const header = event.headers.authorization ?? '';
      const token = /^Bearer\s+([A-Za-z0-9\-_.]+)$/i.exec(header.trim())?.[1];
      if (!token) recordSecurityEvent('token-refused', { reason: header ? 'not-a-bearer-token' : 'missing' });
      // The verifier logs why it refused a token.
      const caller = token && verifier ? await verifier.verify(token) : undefined;
      if (!caller) throw problems.unauthorized();
      context.caller = admit(auth, caller);
    },
  };
}
