// Signing in through FranceConnect, the way Cognito federates an OIDC identity provider: its
// authorize, token and userinfo endpoints are the bridge's, which talks to FranceConnect.
import {
  allowInsecureRequests,
  authorizationCodeGrant,
  buildAuthorizationUrl,
  ClientSecretPost,
  Configuration,
  fetchUserInfo,
  randomNonce,
} from 'openid-client';
import { FRANCECONNECT, newAccount, type Account, type AccountStore } from './accounts.ts';
import { pendingStates } from './pending.ts';

export interface FranceConnectFederationOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
}

// The scopes a FranceConnect identity provider is configured with in Cognito ("authorize scopes").
const FRANCECONNECT_SCOPES = 'openid given_name family_name birthdate birthplace birthcountry gender email';

// FranceConnect's claims and the Cognito attributes they are mapped to.
const attributeMapping: Record<string, string> = {
  given_name: 'given_name',
  family_name: 'family_name',
  birthdate: 'birthdate',
  gender: 'gender',
  birthplace: 'custom:birthplace',
  birthcountry: 'custom:birthcountry',
  preferred_username: 'preferred_username',
};

function mappedAttributes(claims: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributeMapping)
      .filter(([claim]) => typeof claims[claim] === 'string')
      .map(([claim, attribute]) => [attribute, String(claims[claim])]),
  );
}

export function makeFranceConnectFederation({
  poolUrl,
  bridgeUrl,
  franceConnect,
  accounts,
  clock,
}: {
  poolUrl: string;
  bridgeUrl: string;
  franceConnect: FranceConnectFederationOptions;
  accounts: AccountStore;
  clock: () => Date;
}) {
  const config = new Configuration(
    {
      issuer: franceConnect.issuer,
      authorization_endpoint: `${bridgeUrl}/authorize`,
      token_endpoint: `${bridgeUrl}/token`,
      userinfo_endpoint: `${bridgeUrl}/userinfo`,
      jwks_uri: `${franceConnect.issuer}/jwks`,
    },
    franceConnect.clientId,
    undefined,
    ClientSecretPost(franceConnect.clientSecret),
  );
  allowInsecureRequests(config);
  // Cognito's fixed return address; it lies outside the interaction's cookie path.
  const redirectUri = `${poolUrl}/oauth2/idpresponse`;
  const pending = pendingStates<{ uid: string; nonce: string }>(10 * 60_000);

  /** Where to send the browser to sign in to FranceConnect for the interaction `uid`. */
  function start(uid: string): string {
    const nonce = randomNonce();
    const state = pending.add({ uid, nonce });
    return buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: FRANCECONNECT_SCOPES,
      state,
      nonce,
    }).href;
  }

  /** The interaction a FranceConnect response belongs to, by its `state`. */
  const interactionOf = (state: string) => pending.peek(state)?.uid;

  /** Completes the sign-in from FranceConnect's response and gives the account, found or created. */
  async function finish(uid: string, responseQuery: URLSearchParams): Promise<Account> {
    const state = responseQuery.get('state') ?? '';
    const expected = pending.take(state);
    if (expected?.uid !== uid) throw new Error('FranceConnect answered for another sign-in.');
    const tokens = await authorizationCodeGrant(config, new URL(`${redirectUri}?${responseQuery}`), {
      expectedState: state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    if (idToken?.acr !== 'eidas1')
      throw new Error(`FranceConnect asserted the level ${JSON.stringify(idToken?.acr)}, not eidas1.`);
    const claims = await fetchUserInfo(config, tokens.access_token, idToken.sub);
    return rememberIdentity(idToken.sub, claims);
  }

  // Cognito updates the mapped attributes on every federated sign-in.
  async function rememberIdentity(userId: string, claims: Record<string, unknown>): Promise<Account> {
    const existing = accounts.findByFederatedIdentity(FRANCECONNECT, userId);
    const account: Account = {
      ...(existing ??
        newAccount({
          federation: { providerName: FRANCECONNECT, userId },
          confirmed: true,
          createdAt: clock().toISOString(),
        })),
      ...(typeof claims.email === 'string' && { email: claims.email }),
      attributes: mappedAttributes(claims),
    };
    await accounts.save(account);
    return account;
  }

  return { start, interactionOf, finish };
}

export type FranceConnectFederation = ReturnType<typeof makeFranceConnectFederation>;
