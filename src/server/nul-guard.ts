import type { FastifyInstance } from 'fastify';
import { badRequest } from './errors';

const NUL = '\u0000';
const MESSAGE = 'Text may not contain the NUL character (U+0000)';

/** Paths of every string (or key) holding U+0000 inside a parsed JSON value. */
function findNul(value: unknown, path: string[], found: string[][]): void {
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findNul(v, [...path, String(i)], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key.includes(NUL)) found.push([...path, key]);
      else findNul(v, [...path, key], found);
    }
  }
}

/**
 * PostgreSQL text cannot hold U+0000, so a NUL anywhere in a request would fail at the
 * database as a 500. Every room's schemas would have to repeat the check; refusing it once,
 * before validation, gives the same 400 problem with the field's path everywhere.
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (req) => {
    const sources: [unknown, string][] = [
      [req.body, ''],
      [req.query, 'query'],
      [req.params, 'params'],
    ];
    const found: string[][] = [];
    for (const [value, where] of sources) findNul(value, where ? [where] : [], found);
    if (found.length === 0) return;
    const errors = found.map((p) => ({ path: p.join('.'), message: MESSAGE }));
    throw badRequest(errors.length === 1 ? `${errors[0]!.path || 'body'}: ${MESSAGE}` : `${errors.length} fields are invalid.`, errors);
  });
}
