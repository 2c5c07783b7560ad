/** A thin fetch wrapper: JSON in and out, CSRF header on writes, RFC 9457 problems as ApiError. */
export type FieldError = { path: string; message: string };
export type Problem = { type: string; title: string; status: number; detail: string; code: string; errors?: FieldError[] };

export class ApiError extends Error {
  constructor(public readonly problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }
  get status() {
    return this.problem.status;
  }
  /** Field errors keyed by path, ready for a Mantine form's setErrors. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem.errors ?? []).map((e) => [e.path, e.message]));
  }
}

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};
/** For requests that cannot go through api() (multipart uploads with progress). */
export const getCsrfToken = () => csrfToken;

export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ type: 'network', title: 'Network error', status: 0, detail: 'Cannot reach Trellis. Check your connection and try again.', code: 'network' });
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    // fall through: a non-JSON answer is reported below
  }
  if (!res.ok) {
    const p = data as Partial<Problem> | undefined;
    throw new ApiError({
      type: p?.type ?? 'about:blank',
      title: p?.title ?? res.statusText,
      status: res.status,
      detail: p?.detail ?? `The server answered ${res.status}.`,
      code: p?.code ?? 'http_error',
      errors: p?.errors,
    });
  }
  return data as T;
}

export const errorMessage = (err: unknown) => (err instanceof Error ? err.message : 'Something went wrong.');
