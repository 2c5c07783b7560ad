/**
 * RFC 9457 problem details. Every error the API returns is one of these, with a stable `code`
 * (also the last segment of `type`) that clients can switch on.
 */
export type FieldError = { path: string; message: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
  requestId?: string;
};

export const problemType = (code: string) => `/problems/${code}`;

export class ProblemError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: string,
    public readonly title: string,
    detail: string,
    public readonly errors?: FieldError[],
    public readonly headers?: Record<string, string>,
  ) {
    super(detail);
    this.name = 'ProblemError';
  }

  toProblem(): Problem {
    return {
      type: problemType(this.code),
      title: this.title,
      status: this.status,
      detail: this.message,
      code: this.code,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new ProblemError(400, 'validation_error', 'Your request has invalid fields', detail, errors);
export const unauthorized = (detail = 'Log in or send a valid API token to use this endpoint.') =>
  new ProblemError(401, 'unauthenticated', 'Authentication required', detail);
export const forbidden = (detail: string) => new ProblemError(403, 'forbidden', 'Not allowed', detail);
export const notFound = (what = 'resource') =>
  new ProblemError(404, 'not_found', 'Not found', `No such ${what}.`);
export const conflict = (code: string, detail: string, errors?: FieldError[]) =>
  new ProblemError(409, code, 'Conflict', detail, errors);
export const tooManyRequests = (detail: string, retryAfterSeconds: number) =>
  new ProblemError(429, 'rate_limited', 'Too many requests', detail, undefined, {
    'retry-after': String(retryAfterSeconds),
  });
