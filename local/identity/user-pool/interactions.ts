// The hosted sign-in pages, served under the interaction's path (`/interaction/<uid>/...`), where
// oidc-provider's interaction cookie is sent: sign in, sign up and confirm, reset a password,
// or go to FranceConnect.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors, type Provider } from 'oidc-provider';
import type { Language } from '../html.ts';
import { readForm, redirect, sendHtml } from '../http.ts';
import type { Account } from './accounts.ts';
import type { EmailAccounts, Outcome } from './email-accounts.ts';
import type { FranceConnectFederation } from './federation.ts';
import {
  confirmPage,
  forgotPasswordPage,
  resetPasswordPage,
  signInPage,
  signUpPage,
  type PageContext,
  type PageNotice,
} from './pages.ts';

interface Request {
  uid: string;
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  context: PageContext;
  form: URLSearchParams;
  identityProvider: unknown;
}

type Step = (request: Request) => void | Promise<void>;

function languageOf(url: URL, uiLocales: unknown): Language {
  const asked = url.searchParams.get('lang');
  if (asked === 'fr' || asked === 'en') return asked;
  return typeof uiLocales === 'string' && uiLocales.trim().startsWith('en') ? 'en' : 'fr';
}

const notices = new Set<string>(['password-changed', 'reset-code-sent'] satisfies PageNotice[]);

const pathWithLang = (context: PageContext, action: string, query: Record<string, string> = {}) =>
  `${context.base}/${action}?${new URLSearchParams({ ...query, lang: context.lang })}`;

export function makeInteractionRoutes({
  provider,
  emailAccounts,
  federation,
}: {
  provider: Provider;
  emailAccounts: EmailAccounts;
  federation: FranceConnectFederation;
}) {
  const signIn = (request: IncomingMessage, response: ServerResponse, account: Account) =>
    provider.interactionFinished(
      request,
      response,
      { login: { accountId: account.sub } },
      { mergeWithLastSubmission: false },
    );

  /** Signs in with the outcome's account, or shows the page again with the refusal. */
  const signInOr = (
    { request, response, context }: Request,
    outcome: Outcome,
    page: (context: PageContext) => string,
  ) =>
    outcome.ok
      ? signIn(request, response, outcome.account)
      : sendHtml(response, 400, page({ ...context, errors: outcome.refusals }));

  const showSignIn: Step = ({ response, url, context }) => {
    const notice = url.searchParams.get('notice') ?? '';
    sendHtml(
      response,
      200,
      signInPage({ ...context, ...(notices.has(notice) && { notice: notice as PageNotice }) }),
    );
  };

  const goToFranceConnect: Step = ({ response, uid }) => redirect(response, federation.start(uid));

  const steps: Record<string, { get: Step; post?: Step }> = {
    // Cognito's `identity_provider=FranceConnect` skips the sign-in page.
    '': {
      get: (request) =>
        request.identityProvider === 'FranceConnect' ? goToFranceConnect(request) : showSignIn(request),
    },
    'sign-in': {
      get: showSignIn,
      post: async (request) => {
        const email = request.form.get('email') ?? '';
        const outcome = await emailAccounts.signIn(email, request.form.get('password') ?? '');
        return signInOr(request, outcome, (context) => signInPage(context, email));
      },
    },
    'sign-up': {
      get: ({ response, context }) => sendHtml(response, 200, signUpPage(context)),
      post: async ({ response, context, form }) => {
        const email = form.get('email') ?? '';
        const outcome = await emailAccounts.signUp(email, form.get('password') ?? '');
        if (!outcome.ok)
          return sendHtml(response, 400, signUpPage({ ...context, errors: outcome.refusals }, email));
        redirect(response, pathWithLang(context, 'confirm', { email: outcome.account.email ?? email }));
      },
    },
    confirm: {
      get: ({ response, url, context }) => {
        const email = url.searchParams.get('email') ?? '';
        sendHtml(response, 200, confirmPage({ ...context, query: { email } }, email));
      },
      post: async (request) => {
        const email = request.form.get('email') ?? '';
        const outcome = await emailAccounts.confirm(email, request.form.get('code') ?? '');
        return signInOr(request, outcome, (context) => confirmPage({ ...context, query: { email } }, email));
      },
    },
    'forgot-password': {
      get: ({ response, context }) => sendHtml(response, 200, forgotPasswordPage(context)),
      post: async ({ response, context, form }) => {
        const email = form.get('email') ?? '';
        await emailAccounts.requestPasswordReset(email);
        redirect(response, pathWithLang(context, 'reset-password', { email }));
      },
    },
    'reset-password': {
      get: ({ response, url, context }) => {
        const email = url.searchParams.get('email') ?? '';
        sendHtml(
          response,
          200,
          resetPasswordPage({ ...context, query: { email }, notice: 'reset-code-sent' }, email),
        );
      },
      post: async ({ response, context, form }) => {
        const email = form.get('email') ?? '';
        const outcome = await emailAccounts.resetPassword(
          email,
          form.get('code') ?? '',
          form.get('password') ?? '',
        );
        if (!outcome.ok) {
          const page = resetPasswordPage({ ...context, query: { email }, errors: outcome.refusals }, email);
          return sendHtml(response, 400, page);
        }
        redirect(response, pathWithLang(context, 'sign-in', { notice: 'password-changed' }));
      },
    },
    franceconnect: { get: goToFranceConnect, post: goToFranceConnect },
    'franceconnect/callback': {
      get: async ({ uid, request, response, url, context }) => {
        try {
          const account = await federation.finish(uid, url.searchParams);
          return await signIn(request, response, account);
        } catch (error) {
          console.warn(`FranceConnect sign-in failed: ${(error as Error).message}`);
          sendHtml(response, 400, signInPage({ ...context, errors: ['franceconnect-failed'] }));
        }
      },
    },
  };

  /** Serves `/interaction/<uid>/<action>`; answers `false` when there is no such page. */
  return async function interaction(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    uid: string,
    action: string,
  ) {
    const step = steps[action];
    const serve = request.method === 'POST' ? step?.post : request.method === 'GET' ? step?.get : undefined;
    if (!serve) return false;
    const details = await provider.interactionDetails(request, response);
    if (details.uid !== uid)
      throw new errors.SessionNotFound('this sign-in has ended or belongs to another browser');
    await serve({
      uid,
      request,
      response,
      url,
      context: { lang: languageOf(url, details.params.ui_locales), base: `/interaction/${uid}` },
      form: request.method === 'POST' ? await readForm(request) : new URLSearchParams(),
      identityProvider: details.params.identity_provider,
    });
    return true;
  };
}
