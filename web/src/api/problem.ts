// The API's errors (RFC 9457 problem+json, CONTRACT.md §2) as one error class the pages branch on.
export interface ProblemItem {
  path: string;
  message: string;
  code?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: ProblemItem[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** Seconds to wait, from `Retry-After`, on a 429. */
  readonly retryAfter: number | undefined;

  constructor(status: number, problem: Problem, retryAfter?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The last segment of the problem type (`…/licence-not-matched`), or its code. */
  get kind(): string | undefined {
    return this.problem.code ?? this.problem.type?.split('/').pop();
  }
}

function retryAfterSeconds(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

export async function apiErrorOf(response: Response, body?: unknown): Promise<ApiError> {
  const problem =
    body && typeof body === 'object'
      ? (body as Problem)
      : ((await response.json().catch(() => ({}))) as Problem);
  return new ApiError(response.status, problem, retryAfterSeconds(response));
}
