// The user pool's hosted pages (Cognito's managed login, locally): French by default, English on
// request, labelled fields, errors announced to assistive technologies, no JavaScript.
import { escapeHtml, htmlPage, type Language } from '../html.ts';
import type { EmailAccountRefusal } from './email-accounts.ts';
import { PASSWORD_POLICY } from './passwords.ts';

export type PageError = EmailAccountRefusal | 'franceconnect-failed';
export type PageNotice = 'password-changed' | 'reset-code-sent';

const texts = {
  fr: {
    otherLanguage: { lang: 'en', label: 'English' },
    languages: 'Langue',
    signInTitle: 'Connexion à Permis à points',
    email: 'Adresse électronique',
    emailHint: 'Par exemple : nom@exemple.fr',
    password: 'Mot de passe',
    newPassword: 'Nouveau mot de passe',
    passwordHint: `Au moins ${PASSWORD_POLICY.minLength} caractères, dont une majuscule, une minuscule, un chiffre et un caractère spécial.`,
    signIn: 'Se connecter',
    or: 'ou',
    franceConnect: 'Se connecter avec FranceConnect',
    franceConnectHint:
      'FranceConnect est la solution proposée par l’État pour sécuriser et simplifier la connexion aux services en ligne.',
    noAccount: 'Pas encore de compte ?',
    signUpLink: 'Créer un compte',
    forgotLink: 'Mot de passe oublié ?',
    signUpTitle: 'Créer un compte',
    signUp: 'Créer mon compte',
    backToSignIn: 'Retour à la connexion',
    confirmTitle: 'Confirmer votre adresse électronique',
    confirmIntro: (email: string) =>
      `Nous avons envoyé un code à 6 chiffres à ${email}. Saisissez-le pour activer votre compte.`,
    code: 'Code reçu par courriel',
    codeHint: '6 chiffres',
    confirm: 'Confirmer',
    forgotTitle: 'Mot de passe oublié',
    forgotIntro:
      'Saisissez l’adresse de votre compte : nous vous enverrons un code pour choisir un nouveau mot de passe.',
    sendCode: 'Recevoir un code',
    resetTitle: 'Choisir un nouveau mot de passe',
    resetSubmit: 'Changer le mot de passe',
    notices: {
      'password-changed': 'Votre mot de passe a été changé. Vous pouvez vous connecter.',
      'reset-code-sent': 'Si un compte existe pour cette adresse, un code vient de lui être envoyé.',
    },
    errors: {
      'invalid-email': 'L’adresse électronique n’est pas valide.',
      'weak-password': 'Le mot de passe ne respecte pas les règles indiquées.',
      'account-exists':
        'Un compte existe déjà pour cette adresse. Connectez-vous ou choisissez « Mot de passe oublié ? ».',
      'invalid-code': 'Le code est incorrect ou a expiré.',
      'invalid-credentials': 'Adresse électronique ou mot de passe incorrect.',
      'not-confirmed': 'Ce compte n’est pas encore confirmé : saisissez le code reçu par courriel.',
      'franceconnect-failed': 'La connexion avec FranceConnect n’a pas abouti. Vous pouvez réessayer.',
      'too-many-attempts':
        'Trop de tentatives infructueuses : patientez quelques instants avant de réessayer.',
    },
    errorSummary: (count: number) =>
      count > 1 ? `${count} erreurs empêchent de continuer :` : 'Une erreur empêche de continuer :',
  },
  en: {
    otherLanguage: { lang: 'fr', label: 'Français' },
    languages: 'Language',
    signInTitle: 'Sign in to Permis à points',
    email: 'Email address',
    emailHint: 'For example: name@example.com',
    password: 'Password',
    newPassword: 'New password',
    passwordHint: `At least ${PASSWORD_POLICY.minLength} characters, with an upper-case letter, a lower-case letter, a digit and a symbol.`,
    signIn: 'Sign in',
    or: 'or',
    franceConnect: 'Sign in with FranceConnect',
    franceConnectHint:
      'FranceConnect is the French State’s way to sign in to online public services safely and simply.',
    noAccount: 'No account yet?',
    signUpLink: 'Create an account',
    forgotLink: 'Forgot your password?',
    signUpTitle: 'Create an account',
    signUp: 'Create my account',
    backToSignIn: 'Back to sign in',
    confirmTitle: 'Confirm your email address',
    confirmIntro: (email: string) => `We sent a 6-digit code to ${email}. Enter it to activate your account.`,
    code: 'Code received by email',
    codeHint: '6 digits',
    confirm: 'Confirm',
    forgotTitle: 'Forgot your password',
    forgotIntro: 'Enter your account’s email address: we will send you a code to choose a new password.',
    sendCode: 'Send me a code',
    resetTitle: 'Choose a new password',
    resetSubmit: 'Change the password',
    notices: {
      'password-changed': 'Your password was changed. You can sign in.',
      'reset-code-sent': 'If an account exists for this address, a code was just sent to it.',
    },
    errors: {
      'invalid-email': 'The email address is not valid.',
      'weak-password': 'The password does not follow the rules given.',
      'account-exists':
        'An account already exists for this address. Sign in, or choose “Forgot your password?”.',
      'invalid-code': 'The code is wrong or has expired.',
      'invalid-credentials': 'Wrong email address or password.',
      'not-confirmed': 'This account is not confirmed yet: enter the code you received by email.',
      'franceconnect-failed': 'Signing in with FranceConnect did not succeed. You can try again.',
      'too-many-attempts': 'Too many failed attempts: wait a moment before trying again.',
    },
    errorSummary: (count: number) =>
      count > 1 ? `${count} errors prevent going on:` : 'An error prevents going on:',
  },
} as const;

export interface PageContext {
  lang: Language;
  /** The interaction's own path, `/interaction/<uid>`: every page and form of a sign-in lives under it. */
  base: string;
  /** Query parameters the page's links and forms keep (the address being confirmed). */
  query?: Record<string, string>;
  /** Every refusal of the form, shown together. */
  errors?: PageError[];
  notice?: PageNotice;
}

/** The field each refusal is about: only those fields are marked invalid. */
const fieldsInError: Record<PageError, string[]> = {
  'invalid-email': ['email'],
  'weak-password': ['password'],
  'account-exists': ['email'],
  'invalid-code': ['code'],
  'invalid-credentials': ['email', 'password'],
  'not-confirmed': [],
  'franceconnect-failed': [],
  'too-many-attempts': [],
};

const errorsOf = (context: PageContext, fieldName: string) =>
  (context.errors ?? []).filter((error) => fieldsInError[error].includes(fieldName));

const withLang = (path: string, lang: Language, query: Record<string, string> = {}) =>
  `${path}?${new URLSearchParams({ ...query, lang })}`;

function page(context: PageContext, title: string, content: string): string {
  const t = texts[context.lang];
  const switchTo = t.otherLanguage;
  const notice = context.notice
    ? `<div role="status" data-notice="${context.notice}"><p>${escapeHtml(t.notices[context.notice])}</p></div>`
    : '';
  const errors = context.errors ?? [];
  const error =
    errors.length > 0
      ? `<div role="alert" id="form-error"><p>${escapeHtml(t.errorSummary(errors.length))}</p><ul>${errors
          .map((code) => `<li data-error="${code}">${escapeHtml(t.errors[code])}</li>`)
          .join('')}</ul></div>`
      : '';
  return htmlPage({
    lang: context.lang,
    title:
      errors.length > 0
        ? `${t.errorSummary(errors.length)} ${errors.map((code) => t.errors[code]).join(' ')} – ${title}`
        : title,
    body: `<nav aria-label="${t.languages}"><a href="?${escapeHtml(new URLSearchParams({ ...context.query, lang: switchTo.lang }).toString())}" lang="${switchTo.lang}" hreflang="${switchTo.lang}">${switchTo.label}</a></nav>
<h1>${escapeHtml(title)}</h1>
${notice}${error}${content}`,
  });
}

interface Field {
  name: string;
  label: string;
  type: 'email' | 'password' | 'text';
  autocomplete: string;
  value?: string;
  hint?: string;
  inputmode?: 'numeric';
}

function field(
  context: PageContext,
  { name, label, type, autocomplete, value, hint, inputmode }: Field,
): string {
  const t = texts[context.lang];
  const errors = errorsOf(context, name);
  const describedBy = [hint ? `${name}-hint` : '', errors.length > 0 ? `${name}-error` : '']
    .filter(Boolean)
    .join(' ');
  const message =
    errors.length > 0
      ? `<p class="field-error" id="${name}-error">${errors.map((code) => escapeHtml(t.errors[code])).join(' ')}</p>`
      : '';
  return `<label for="${name}">${escapeHtml(label)}</label>
${hint ? `<p class="hint" id="${name}-hint">${escapeHtml(hint)}</p>` : ''}${message}
<input id="${name}" name="${name}" type="${type}" autocomplete="${autocomplete}" required${
    value ? ` value="${escapeHtml(value)}"` : ''
  }${inputmode ? ` inputmode="${inputmode}"` : ''}${describedBy ? ` aria-describedby="${describedBy}"` : ''}${
    errors.length > 0 ? ' aria-invalid="true"' : ''
  }>`;
}

const hidden = (name: string, value: string) =>
  `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;

/** A form posted to the interaction's page of the same name as its id. */
function form(context: PageContext, id: string, content: string, submit: string): string {
  const action = withLang(`${context.base}/${id}`, context.lang, context.query);
  return `<form id="${id}" method="post" action="${escapeHtml(action)}" novalidate>
${content}
<button type="submit">${escapeHtml(submit)}</button>
</form>`;
}

const link = (context: PageContext, action: string, label: string, query: Record<string, string> = {}) =>
  `<a href="${escapeHtml(withLang(`${context.base}/${action}`, context.lang, query))}">${escapeHtml(label)}</a>`;

/** The fields the pages share, in the page's language. */
function fieldsFor(context: PageContext) {
  const t = texts[context.lang];
  return {
    email: (value: string, autocomplete: 'username' | 'email' = 'username') =>
      field(context, {
        name: 'email',
        label: t.email,
        type: 'email',
        autocomplete,
        value,
        hint: t.emailHint,
      }),
    currentPassword: () =>
      field(context, {
        name: 'password',
        label: t.password,
        type: 'password',
        autocomplete: 'current-password',
      }),
    newPassword: (label: string) =>
      field(context, {
        name: 'password',
        label,
        type: 'password',
        autocomplete: 'new-password',
        hint: t.passwordHint,
      }),
    code: (email: string) =>
      `${hidden('email', email)}
${field(context, { name: 'code', label: t.code, type: 'text', autocomplete: 'one-time-code', hint: t.codeHint, inputmode: 'numeric' })}`,
  };
}

export function signInPage(context: PageContext, email = ''): string {
  const t = texts[context.lang];
  const fields = fieldsFor(context);
  const hint = `<p class="hint" id="franceconnect-hint">${escapeHtml(t.franceConnectHint)}</p>`;
  const confirmLink = context.errors?.includes('not-confirmed')
    ? `<p>${link(context, 'confirm', t.confirmTitle, { email })}</p>`
    : '';
  return page(
    context,
    t.signInTitle,
    `${form(context, 'franceconnect', hint, t.franceConnect)}
<p>${t.or}</p>
${form(context, 'sign-in', `${fields.email(email)}\n${fields.currentPassword()}`, t.signIn)}
<p>${link(context, 'forgot-password', t.forgotLink)}</p>
<p>${escapeHtml(t.noAccount)} ${link(context, 'sign-up', t.signUpLink)}</p>
${confirmLink}`,
  );
}

export function signUpPage(context: PageContext, email = ''): string {
  const t = texts[context.lang];
  const fields = fieldsFor(context);
  return page(
    context,
    t.signUpTitle,
    `${form(context, 'sign-up', `${fields.email(email, 'email')}\n${fields.newPassword(t.password)}`, t.signUp)}
<p>${link(context, 'sign-in', t.backToSignIn)}</p>`,
  );
}

export function confirmPage(context: PageContext, email: string): string {
  const t = texts[context.lang];
  return page(
    context,
    t.confirmTitle,
    `<p>${escapeHtml(t.confirmIntro(email))}</p>
${form(context, 'confirm', fieldsFor(context).code(email), t.confirm)}`,
  );
}

export function forgotPasswordPage(context: PageContext, email = ''): string {
  const t = texts[context.lang];
  return page(
    context,
    t.forgotTitle,
    `<p>${escapeHtml(t.forgotIntro)}</p>
${form(context, 'forgot-password', fieldsFor(context).email(email), t.sendCode)}
<p>${link(context, 'sign-in', t.backToSignIn)}</p>`,
  );
}

export function resetPasswordPage(context: PageContext, email: string): string {
  const t = texts[context.lang];
  const fields = fieldsFor(context);
  return page(
    context,
    t.resetTitle,
    form(
      context,
      'reset-password',
      `${fields.code(email)}\n${fields.newPassword(t.newPassword)}`,
      t.resetSubmit,
    ),
  );
}

export const logoutTexts = {
  fr: { title: 'Déconnexion', button: 'Se déconnecter', done: 'Vous êtes déconnecté.' },
  en: { title: 'Signing out', button: 'Sign out', done: 'You are signed out.' },
} as const;
