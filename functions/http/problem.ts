// RFC 9457 problem details: the one shape every error answer takes. An HttpProblem with a status under 500 is
// shown to the client; anything else becomes a bare 500. Every problem and every field error carries a stable
// `code`; its words are French unless the request prefers English, from the catalogue in problem-texts.ts.
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Language, Localised } from './language.ts';
import { localise } from './problem-texts.ts';

export const PROBLEM_BASE = 'https://permis-points.fr/problems/';

/** English words alone, or both languages. English alone is completed from the catalogue by its code. */
export type Text = string | Localised;

export interface FieldError {
  path: string;
  code: string;
  message: Localised;
}

export interface FieldErrorInput {
  path: string;
  message: Text;
  code?: string;
}

const bothLanguages = (text: Text): Localised =>
  typeof text === 'string' ? (localise(text) ?? { fr: text, en: text }) : text;

export function toFieldError({ path, message, code }: FieldErrorInput): FieldError {
  const resolved = code ?? 'invalid';
  return { path, code: resolved, message: bothLanguages(message) };
}

export class HttpProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly type: string;
  readonly title: Localised;
  readonly detail: Localised;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(options: {
    status: number;
    slug: string;
    title: Text;
    detail: Text;
    errors?: FieldErrorInput[];
    headers?: Record<string, string>;
  }) {
    super(typeof options.detail === 'string' ? options.detail : options.detail.en);
    this.name = 'HttpProblem';
    this.status = options.status;
    this.code = options.slug;
    this.type = PROBLEM_BASE + options.slug;
    this.title = bothLanguages(options.title);
    this.detail = bothLanguages(options.detail);
    this.errors = options.errors?.map(toFieldError);
    this.headers = options.headers ?? {};
  }
}

const fieldList = (errors: FieldError[], language: Language) =>
  errors
    .map((error) => `${error.path}${language === 'fr' ? ' : ' : ': '}${error.message[language]}`)
    .join('; ');

export const problems = {
  validation: (errors: FieldErrorInput[]) => {
    const fields = errors.map(toFieldError);
    return new HttpProblem({
      status: 400,
      slug: 'validation',
      title: { fr: 'Requête invalide', en: 'Invalid request' },
      detail: { fr: fieldList(fields, 'fr'), en: fieldList(fields, 'en') },
      errors: fields,
    });
  },
  malformedJson: () =>
    new HttpProblem({
      status: 400,
      slug: 'malformed-json',
      title: 'Malformed JSON',
      detail: 'The request body is not valid JSON.',
    }),
  malformedPath: () =>
    new HttpProblem({
      status: 400,
      slug: 'malformed-path',
      title: 'Malformed path',
      detail: 'The path holds an invalid percent-escape.',
    }),
  unsupportedMediaType: () =>
    new HttpProblem({
      status: 415,
      slug: 'unsupported-media-type',
      title: 'Unsupported media type',
      detail: 'Send the body as application/json.',
    }),
  tooLarge: (limit: number) =>
    new HttpProblem({
      status: 413,
      slug: 'payload-too-large',
      title: { fr: 'Requête trop volumineuse', en: 'Payload too large' },
      detail: {
        fr: `Le corps de la requête dépasse ${limit} octets.`,
        en: `The body exceeds ${limit} bytes.`,
      },
    }),
  unauthorized: () =>
    new HttpProblem({
      status: 401,
      slug: 'unauthorized',
      title: 'Unauthorized',
      detail: 'A valid bearer access token is required.',
      headers: { 'www-authenticate': 'Bearer' },
    }),
  forbidden: (detail: Text = 'This token does not allow this operation.') =>
    new HttpProblem({ status: 403, slug: 'forbidden', title: 'Forbidden', detail }),
  notFound: (detail: Text = 'Nothing is here.') =>
    new HttpProblem({ status: 404, slug: 'not-found', title: 'Not found', detail }),
  methodNotAllowed: (allowed: string[]) =>
    new HttpProblem({
      status: 405,
      slug: 'method-not-allowed',
      title: { fr: 'Méthode non autorisée', en: 'Method not allowed' },
      detail: { fr: `Utilisez ${allowed.join(', ')}.`, en: `Use ${allowed.join(', ')}.` },
      headers: { allow: allowed.join(', ') },
    }),
  conflict: (slug: string, title: Text, detail: Text) =>
    new HttpProblem({ status: 409, slug, title, detail }),
  unprocessable: (slug: string, title: Text, detail: Text, errors?: FieldErrorInput[]) =>
    new HttpProblem({ status: 422, slug, title, detail, ...(errors ? { errors } : {}) }),
  preconditionFailed: () =>
    new HttpProblem({
      status: 412,
      slug: 'precondition-failed',
      title: 'Precondition failed',
      detail: 'The record changed since the version in If-Match: read it again.',
    }),
  tooManyRequests: (retryAfterSeconds: number) =>
    new HttpProblem({
      status: 429,
      slug: 'too-many-requests',
      title: { fr: 'Trop de tentatives', en: 'Too many requests' },
      detail: {
        fr: `Trop de tentatives. Réessayez dans ${waitInWords(retryAfterSeconds, 'fr')}.`,
        en: `Too many attempts. Try again in ${waitInWords(retryAfterSeconds, 'en')}.`,
      },
      headers: { 'retry-after': String(retryAfterSeconds) },
    }),
};

function waitInWords(seconds: number, language: Language): string {
  const minutes = Math.ceil(seconds / 60);
  if (seconds < 60) return language === 'fr' ? `${seconds} secondes` : `${seconds} seconds`;
  if (language === 'fr') return `${minutes} minute${minutes > 1 ? 's' : ''}`;
  return `${minutes} minute${minutes > 1 ? 's' : ''}`;
}

/** The headers of a problem answer; names as middy writes them, so that no header is sent twice. */
export function problemHeaders(problem: HttpProblem, language: Language = 'fr'): Record<string, string> {
  return {
    'Content-Type': 'application/problem+json',
    'Content-Language': language,
    Vary: 'Accept-Language',
    'Cache-Control': 'no-store',
    ...problem.headers,
  };
}

/** The problem details document of RFC 9457, in `language`. */
export function problemDocument(problem: HttpProblem, language: Language = 'fr'): string {
  return JSON.stringify({
    type: problem.type,
    code: problem.code,
    title: problem.title[language],
    status: problem.status,
    detail: problem.detail[language],
    ...(problem.errors
      ? {
          errors: problem.errors.map(({ path, code, message }) => ({
            path,
            code,
            message: message[language],
          })),
        }
      : {}),
  });
}

export function problemResponse(
  problem: HttpProblem,
  language: Language = 'fr',
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: problem.status,
    headers: problemHeaders(problem, language),
    body: problemDocument(problem, language),
  };
}

export const internalError = (): HttpProblem =>
  new HttpProblem({
    status: 500,
    slug: 'internal',
    title: 'Internal error',
    detail: 'Something went wrong on our side.',
  });

export function internalErrorResponse(language: Language = 'fr'): APIGatewayProxyStructuredResultV2 {
  return problemResponse(internalError(), language);
}
