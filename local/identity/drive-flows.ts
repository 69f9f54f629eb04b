// Drives the local user pool's real OAuth 2 flows over HTTP, as a browser would (manual
// redirects, a cookie jar, PKCE, the hosted forms): for `npm run local:token` and end-to-end tests.
import { createHash, randomBytes } from 'node:crypto';
import type { OutboxMessage } from '../outbox/index.ts';
import {
  DEFAULT_FRANCECONNECT_LOGOUT_URI,
  DEFAULT_LOGOUT_URI,
  DEFAULT_WEB_REDIRECT_URI,
  REGISTRY_SCOPE,
  WEB_CLIENT_ID,
} from './user-pool/index.ts';

export interface Tokens {
  access_token: string;
  token_type: string;
  expires_in: number;
  id_token?: string;
  refresh_token?: string;
  scope?: string;
}

/** A flow that did not end with tokens; `code` is the page's or the endpoint's error code. */
export class FlowError extends Error {
  readonly code: string | undefined;
  constructor(message: string, code?: string) {
    super(code ? `${message} (${code})` : message);
    this.code = code;
  }
}

interface Cookie {
  name: string;
  value: string;
  host: string;
  path: string;
  expiresAt: number;
}

// Like a browser's, cookies are scoped to the host name, not the port.
function cookieJar() {
  let cookies: Cookie[] = [];
  const pathMatches = (requestPath: string, cookiePath: string) =>
    requestPath === cookiePath ||
    (requestPath.startsWith(cookiePath) &&
      (cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'));
  return {
    header(url: URL): string {
      cookies = cookies.filter((cookie) => cookie.expiresAt > Date.now());
      return cookies
        .filter((cookie) => cookie.host === url.hostname && pathMatches(url.pathname, cookie.path))
        .map((cookie) => `${cookie.name}=${cookie.value}`)
        .join('; ');
    },
    store(url: URL, setCookies: string[]) {
      for (const line of setCookies) {
        const [pair = '', ...attributes] = line.split(';');
        const cookie: Cookie = {
          name: pair.slice(0, pair.indexOf('=')).trim(),
          value: pair.slice(pair.indexOf('=') + 1).trim(),
          host: url.hostname,
          path: url.pathname.slice(0, url.pathname.lastIndexOf('/')) || '/',
          expiresAt: Infinity,
        };
        for (const attribute of attributes) {
          const [name = '', value = ''] = attribute.split('=').map((part) => part.trim());
          if (/^path$/i.test(name)) cookie.path = value;
          if (/^expires$/i.test(name)) cookie.expiresAt = Date.parse(value);
          if (/^max-age$/i.test(name)) cookie.expiresAt = Date.now() + Number(value) * 1000;
        }
        cookies = cookies.filter(
          (kept) => !(kept.name === cookie.name && kept.host === cookie.host && kept.path === cookie.path),
        );
        if (cookie.expiresAt > Date.now()) cookies.push(cookie);
      }
    },
  };
}

export interface Visit {
  /** The last URL requested. */
  url: string;
  status: number;
  /** Set when the visit stopped at a redirect to `stopAt` or to a scheme other than http(s). */
  location: string | undefined;
  body: string;
  /** Every URL requested, in order. */
  hops: string[];
}

export interface Browser {
  /**
   * Requests `url`, then follows redirects with GET until a page answers or a redirect leads to
   * `stopAt` or to an app's own scheme.
   */
  go(url: string, options?: { form?: Record<string, string>; stopAt?: string }): Promise<Visit>;
  /** The Cookie header this browser would send to `url`. */
  cookies(url: string): string;
}

export function createBrowser(): Browser {
  const jar = cookieJar();
  return {
    cookies: (url) => jar.header(new URL(url)),
    async go(url, { form, stopAt } = {}) {
      const hops: string[] = [];
      let next = new URL(url);
      let body: URLSearchParams | undefined = form && new URLSearchParams(form);
      for (;;) {
        hops.push(next.href);
        const headers = new Headers({ cookie: jar.header(next), accept: 'text/html' });
        const response = await fetch(next, {
          method: body ? 'POST' : 'GET',
          headers,
          body,
          redirect: 'manual',
        });
        jar.store(next, response.headers.getSetCookie());
        const location = response.headers.get('location');
        const text = await response.text();
        if (response.status < 300 || response.status >= 400 || !location) {
          return { url: next.href, status: response.status, location: undefined, body: text, hops };
        }
        const target = new URL(location, next);
        // A browser hands a private-use scheme (a mobile app's redirect, RFC 8252) to the app: it is not fetched.
        const handedToApp = target.protocol !== 'http:' && target.protocol !== 'https:';
        if (handedToApp || (stopAt && target.href.startsWith(stopAt))) {
          return { url: next.href, status: response.status, location: target.href, body: text, hops };
        }
        if (hops.length > 20) throw new FlowError(`Too many redirects from ${url}`);
        next = target;
        body = undefined;
      }
    },
  };
}

const decodeEntities = (text: string) =>
  text.replace(
    /&(amp|quot|#39|lt|gt);/g,
    (_, entity: string) => ({ amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' })[entity] ?? '',
  );

/** The form `id` of a page: its absolute action URL and the values of its hidden fields. */
export function findForm(visit: Visit, id: string): { action: string; fields: Record<string, string> } {
  const escapedId = id.replaceAll('.', '\\.');
  const match = new RegExp(`<form[^>]*\\bid="${escapedId}"[^>]*>([\\s\\S]*?)</form>`).exec(visit.body);
  const action = match && /\baction="([^"]*)"/.exec(match[0])?.[1];
  if (!match || action === undefined || action === null) {
    throw new FlowError(`No form "${id}" on ${visit.url} (status ${visit.status})`, pageError(visit));
  }
  const fields: Record<string, string> = {};
  for (const [input] of match[1]?.matchAll(/<input[^>]*type="hidden"[^>]*>/g) ?? []) {
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    if (name) fields[name] = decodeEntities(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? '');
  }
  return { action: new URL(decodeEntities(action), visit.url).href, fields };
}

/** The error code a hosted page shows (`data-error`), if any. */
export function pageError(visit: Visit): string | undefined {
  return /\bdata-error="([^"]*)"/.exec(visit.body)?.[1];
}

/** Submits the form `id` of the page with `values` added to its hidden fields. */
export function submitForm(
  browser: Browser,
  visit: Visit,
  id: string,
  values: Record<string, string>,
  stopAt?: string,
) {
  const { action, fields } = findForm(visit, id);
  return browser.go(action, { form: { ...fields, ...values }, ...(stopAt && { stopAt }) });
}

function followLink(browser: Browser, visit: Visit, pathEnd: string): Promise<Visit> {
  const href = new RegExp(`href="([^"]*/${pathEnd}(?:\\?[^"]*)?)"`).exec(visit.body)?.[1];
  if (!href) throw new FlowError(`No link to ${pathEnd} on ${visit.url}`);
  return browser.go(new URL(decodeEntities(href), visit.url).href);
}

export interface PoolClient {
  poolUrl: string;
  /** The web client unless told. */
  clientId?: string;
  /** The web client's default unless told; the mobile client's is `MOBILE_REDIRECT_URI`. */
  redirectUri?: string;
  browser?: Browser;
}

/** The start of an authorization code flow with PKCE, and how to turn its end into tokens. */
async function authorization(
  {
    poolUrl,
    clientId = WEB_CLIENT_ID,
    redirectUri = DEFAULT_WEB_REDIRECT_URI,
    browser = createBrowser(),
  }: PoolClient,
  extra: Record<string, string> = {},
) {
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const parameters = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    state,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...extra,
  });
  const first = await browser.go(`${poolUrl}/oauth2/authorize?${parameters}`, { stopAt: redirectUri });

  /** Tokens for the visit that ended at the redirect URI; a page instead means the flow stopped there. */
  async function tokens(visit: Visit): Promise<Tokens> {
    if (!visit.location?.startsWith(redirectUri))
      throw new FlowError(
        `The flow stopped at ${visit.location ?? visit.url} (status ${visit.status})`,
        pageError(visit),
      );
    const callback = new URL(visit.location).searchParams;
    if (callback.get('error'))
      throw new FlowError(
        callback.get('error_description') ?? 'authorization refused',
        callback.get('error') ?? '',
      );
    if (callback.get('state') !== state)
      throw new FlowError('The authorization response has the wrong state');
    return tokenRequest(poolUrl, {
      grant_type: 'authorization_code',
      code: callback.get('code') ?? '',
      redirect_uri: redirectUri,
      client_id: clientId,
      code_verifier: verifier,
    });
  }

  return {
    browser,
    first,
    tokens,
    submit: (visit: Visit, id: string, values: Record<string, string>) =>
      submitForm(browser, visit, id, values, redirectUri),
  };
}

async function tokenRequest(
  poolUrl: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Tokens> {
  const response = await fetch(`${poolUrl}/oauth2/token`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(form),
  });
  const answer = (await response.json()) as Tokens & { error?: string; error_description?: string };
  if (!response.ok) throw new FlowError(answer.error_description ?? 'token request refused', answer.error);
  return answer;
}

/** Signs in with an email account's password; the browser's existing session wins, as in a real browser. */
export async function signInWithPassword(
  client: PoolClient & { email: string; password: string },
): Promise<Tokens> {
  const flow = await authorization(client);
  if (flow.first.location) return flow.tokens(flow.first);
  return flow.tokens(
    await flow.submit(flow.first, 'sign-in', { email: client.email, password: client.password }),
  );
}

export type ReadCode = (email: string) => Promise<string>;

/** Creates an email account, confirms it with the code sent by mail, and gives its first tokens. */
export async function signUp(
  client: PoolClient & { email: string; password: string; readCode: ReadCode },
): Promise<Tokens> {
  const flow = await authorization(client);
  const signUpPage = await followLink(flow.browser, flow.first, 'sign-up');
  const confirmPage = await flow.submit(signUpPage, 'sign-up', {
    email: client.email,
    password: client.password,
  });
  if (confirmPage.status !== 200)
    throw new FlowError(`Sign-up refused for ${client.email}`, pageError(confirmPage));
  const code = await client.readCode(client.email);
  return flow.tokens(await flow.submit(confirmPage, 'confirm', { code }));
}

/** Chooses a new password with the code sent by mail; the account then signs in with it. */
export async function resetPassword(
  client: PoolClient & { email: string; newPassword: string; readCode: ReadCode },
): Promise<void> {
  const flow = await authorization(client);
  const forgotPage = await followLink(flow.browser, flow.first, 'forgot-password');
  const resetPage = await flow.submit(forgotPage, 'forgot-password', { email: client.email });
  const code = await client.readCode(client.email);
  const done = await flow.submit(resetPage, 'reset-password', { code, password: client.newPassword });
  if (!done.body.includes('data-notice="password-changed"'))
    throw new FlowError('Password reset refused', pageError(done));
}

/**
 * Signs in through FranceConnect as the demo identity `identity` (its key), with the button of the
 * sign-in page, or with Cognito's `identity_provider` parameter when `direct`.
 */
export async function signInWithFranceConnect(
  client: PoolClient & { identity: string; direct?: boolean },
): Promise<Tokens> {
  const flow = await authorization(client, client.direct ? { identity_provider: 'FranceConnect' } : {});
  if (flow.first.location) return flow.tokens(flow.first);
  const picker = client.direct ? flow.first : await flow.submit(flow.first, 'franceconnect', {});
  return flow.tokens(await flow.submit(picker, 'pick-identity', { identity: client.identity }));
}

/**
 * Signs in at FranceConnect directly, as the relying party `client` would (the user pool does it
 * through the bridge): FranceConnect's own tokens, for tests of FranceConnect and the bridge.
 */
export async function signInAtFranceConnect({
  issuer,
  client,
  identity,
  scope = 'openid identite_pivot email',
  browser = createBrowser(),
}: {
  issuer: string;
  client: { clientId: string; clientSecret: string; redirectUri: string };
  identity: string;
  scope?: string;
  browser?: Browser;
}): Promise<Tokens & { id_token: string }> {
  const parameters = new URLSearchParams({
    response_type: 'code',
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    scope,
    state: randomBytes(16).toString('base64url'),
    nonce: randomBytes(32).toString('base64url'),
    acr_values: 'eidas1',
    prompt: 'login consent',
  });
  const picker = await browser.go(`${issuer}/authorize?${parameters}`, { stopAt: client.redirectUri });
  const answer = await submitForm(browser, picker, 'pick-identity', { identity }, client.redirectUri);
  const code = answer.location && new URL(answer.location).searchParams.get('code');
  if (!code) throw new FlowError(`FranceConnect gave no code (${answer.location ?? answer.url})`);
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: client.redirectUri,
      client_id: client.clientId,
      client_secret: client.clientSecret,
    }),
  });
  if (!response.ok) throw new FlowError(`FranceConnect refused the code exchange (${response.status})`);
  return (await response.json()) as Tokens & { id_token: string };
}

/** A client-credentials token (the registry's), with `registry/write` unless told. */
export function clientCredentials({
  poolUrl,
  clientId,
  clientSecret,
  scope = REGISTRY_SCOPE,
}: {
  poolUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string;
}): Promise<Tokens> {
  const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString(
    'base64',
  );
  return tokenRequest(
    poolUrl,
    { grant_type: 'client_credentials', ...(scope && { scope }) },
    { authorization: `Basic ${basic}` },
  );
}

/** Submits the logout confirmation pages a browser submits at once, until a redirect to `stopAt`; gives every hop. */
async function confirmLogoutPages(browser: Browser, first: Visit, stopAt: string): Promise<string[]> {
  let visit = first;
  const hops = [...visit.hops];
  while (!visit.location && hops.length < 20) {
    visit = await submitForm(browser, visit, 'op.logoutForm', { logout: 'yes' }, stopAt);
    hops.push(...visit.hops);
  }
  if (!visit.location) throw new FlowError(`Logout stopped at ${visit.url}`, pageError(visit));
  return [...hops, visit.location];
}

/**
 * Signs the browser out of the pool through its /logout, confirming its logout page; gives every hop.
 * As with Cognito, a FranceConnect session stays: end it first with `logOutOfFranceConnect`.
 */
export async function logout({
  poolUrl,
  browser,
  clientId = WEB_CLIENT_ID,
  logoutUri = DEFAULT_LOGOUT_URI,
}: {
  poolUrl: string;
  browser: Browser;
  clientId?: string;
  logoutUri?: string;
}): Promise<string[]> {
  const parameters = new URLSearchParams({ client_id: clientId, logout_uri: logoutUri });
  const visit = await browser.go(`${poolUrl}/logout?${parameters}`, { stopAt: logoutUri });
  return confirmLogoutPages(browser, visit, logoutUri);
}

/**
 * What the web does before the pool's /logout for a FranceConnect user: asks the bridge for
 * FranceConnect's logout with the access token, follows it, and checks the state it comes back with.
 * Gives every hop, or `undefined` when the bridge has no FranceConnect session to end.
 */
export async function logOutOfFranceConnect({
  bridgeLogoutUrl,
  accessToken,
  browser,
  postLogoutRedirectUri = DEFAULT_FRANCECONNECT_LOGOUT_URI,
}: {
  bridgeLogoutUrl: string;
  accessToken: string;
  browser: Browser;
  postLogoutRedirectUri?: string;
}): Promise<string[] | undefined> {
  const response = await fetch(bridgeLogoutUrl, {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ postLogoutRedirectUri }),
  });
  if (response.status === 204) return undefined;
  if (response.status !== 200) throw new FlowError(`The bridge refused the logout (${response.status})`);
  const { url, state } = (await response.json()) as { url: string; state: string };
  const hops = await confirmLogoutPages(
    browser,
    await browser.go(url, { stopAt: postLogoutRedirectUri }),
    postLogoutRedirectUri,
  );
  if (new URL(hops.at(-1) ?? '').searchParams.get('state') !== state)
    throw new FlowError('FranceConnect came back from its logout without the state it was given');
  return hops;
}

/** The code of the newest message of `kind` sent to `email`. */
export function latestCode(
  messages: OutboxMessage[],
  email: string,
  kind: 'sign-up-code' | 'password-reset-code',
): string {
  const message = messages.find(
    (candidate) => candidate.to === email.trim().toLowerCase() && candidate.kind === kind,
  );
  const code = message?.data?.code;
  if (typeof code !== 'string') throw new FlowError(`No ${kind} message for ${email} in the outbox`);
  return code;
}
