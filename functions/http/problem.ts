// RFC 9457 problem details: the one shape every error answer takes. An HttpProblem
// with a status under 500 is shown to the client; anything else becomes a bare 500.
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

export const PROBLEM_BASE = 'https://permis-points.fr/problems/';

export interface FieldError {
  path: string;
  message: string;
}

export class HttpProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(options: {
    status: number;
    slug: string;
    title: string;
    detail: string;
    errors?: FieldError[];
    headers?: Record<string, string>;
  }) {
    super(options.detail);
    this.name = 'HttpProblem';
    this.status = options.status;
    this.type = PROBLEM_BASE + options.slug;
    this.title = options.title;
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}

export const problems = {
  validation: (errors: FieldError[]) =>
    new HttpProblem({
      status: 400,
      slug: 'validation',
      title: 'Invalid request',
      detail: errors.map((error) => `${error.path}: ${error.message}`).join('; '),
      errors,
    }),
  malformedJson: () =>
    new HttpProblem({
      status: 400,
      slug: 'malformed-json',
      title: 'Malformed JSON',
      detail: 'The request body is not valid JSON.',
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
      title: 'Payload too large',
      detail: `The body exceeds ${limit} bytes.`,
    }),
  unauthorized: () =>
    new HttpProblem({
      status: 401,
      slug: 'unauthorized',
      title: 'Unauthorized',
      detail: 'A valid bearer access token is required.',
      headers: { 'www-authenticate': 'Bearer' },
    }),
  forbidden: (detail = 'This token does not allow this operation.') =>
    new HttpProblem({ status: 403, slug: 'forbidden', title: 'Forbidden', detail }),
  notFound: (detail = 'Nothing is here.') =>
    new HttpProblem({ status: 404, slug: 'not-found', title: 'Not found', detail }),
  methodNotAllowed: (allowed: string[]) =>
    new HttpProblem({
      status: 405,
      slug: 'method-not-allowed',
      title: 'Method not allowed',
      detail: `Use ${allowed.join(', ')}.`,
      headers: { allow: allowed.join(', ') },
    }),
  conflict: (slug: string, title: string, detail: string) =>
    new HttpProblem({ status: 409, slug, title, detail }),
  unprocessable: (slug: string, title: string, detail: string, errors?: FieldError[]) =>
    new HttpProblem({ status: 422, slug, title, detail, ...(errors ? { errors } : {}) }),
  tooManyRequests: (retryAfterSeconds: number) =>
    new HttpProblem({
      status: 429,
      slug: 'too-many-requests',
      title: 'Too many requests',
      detail: `Too many failed attempts. Try again in ${retryAfterSeconds} seconds.`,
      headers: { 'retry-after': String(retryAfterSeconds) },
    }),
};

export function problemResponse(problem: HttpProblem): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: problem.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...problem.headers },
    body: JSON.stringify({
      type: problem.type,
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      ...(problem.errors ? { errors: problem.errors } : {}),
    }),
  };
}

export function internalErrorResponse(): APIGatewayProxyStructuredResultV2 {
  return problemResponse(
    new HttpProblem({
      status: 500,
      slug: 'internal',
      title: 'Internal error',
      detail: 'Something went wrong on our side.',
    }),
  );
}
