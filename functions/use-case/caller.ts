// Who a use case acts for: the account a verified access token names (functions/http verifies the token and
// makes this; a use case never reads a request).
import type { IdentityProvider } from '../adapters/account-repository.ts';

export interface Caller {
  accountId: string;
  identityProvider: IdentityProvider;
  clientId: string;
  readonly scopes: readonly string[];
  accessToken: string;
  /** True when the token was issued to one of the licence authority's registry clients. */
  registryClient?: boolean;
}
