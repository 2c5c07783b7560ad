import type { FastifyInstance } from 'fastify';
import { badRequest } from './errors';

const NUL = '\u0000';
const MESSAGE = 'Text may not contain the NUL character (U+0000)';

/** Path of the first string holding U+0000 inside a parsed JSON value, or null. */
function findNul(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], [...path, String(i)]);
      if (hit) return hit;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const hit = key.includes(NUL) ? [...path, key] : findNul(v, [...path, key]);
      if (hit) return hit;
    }
  }
  return null;
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
    for (const [value, where] of sources) {
      const hit = findNul(value, where ? [where] : []);
      if (hit) {
        const path = hit.join('.');
        throw badRequest(`${path || 'body'}: ${MESSAGE}`, [{ path, message: MESSAGE }]);
      }
    }
  });
}
