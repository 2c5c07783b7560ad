import { expect } from 'vitest';

/** The body of an RFC 9457 answer, as the API's tests read it. */
export type Problem = { code: string; detail: string; errors?: { path: string; message: string }[] };

/** Asserts an `application/problem+json` answer with this status and returns its body (the body is shown when the status is wrong). */
export function expectProblem(r: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number): Problem {
  expect(r.statusCode, r.statusCode === status ? '' : JSON.stringify(r.json())).toBe(status);
  expect(r.headers['content-type']).toContain('application/problem+json');
  return r.json() as Problem;
}
