import { z } from 'zod';
import { badRequest } from '../../errors';

/**
 * Keyset cursors: opaque base64url JSON `{s, k, i}` = the sort it was made for, the last row's
 * sort key (text; timestamps as ISO with microseconds; null for a NULL key) and the last row's id.
 * Optionally `t` and `f`: the list's total as counted on the first page and a fingerprint of the
 * filters it was counted for, so later pages need not count again (a total tampered with only
 * misinforms its own client; one made for other filters is ignored by the caller).
 * Anything a client could tamper with is checked here, so a bad cursor is a 400, never a 500.
 */
export type KeysetPosition = { key: string | null; id: string; total?: { n: number; filters: string } };
export type KeyKind = 'text' | 'instant';

const payload = z.object({
  s: z.string(),
  k: z.string().max(300).nullable(),
  i: z.uuid(),
  t: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
  f: z.string().max(100).optional(),
});

const INSTANT = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Rejects impossible dates (Feb 30 rolls over in JS, and PostgreSQL would throw). */
function isInstantKey(k: string): boolean {
  if (!INSTANT.test(k)) return false;
  const d = new Date(k);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 23) === k.slice(0, 23);
}

export function encodeCursor(sort: string, pos: KeysetPosition): string {
  const total = pos.total ? { t: pos.total.n, f: pos.total.filters } : {};
  return Buffer.from(JSON.stringify({ s: sort, k: pos.key, i: pos.id, ...total }), 'utf8').toString('base64url');
}

const invalid = (detail: string) => badRequest(detail, [{ path: 'querystring.cursor', message: detail }]);

/** undefined or '' → first page. */
export function decodeCursor(raw: string | undefined, sort: string, kind: KeyKind, nullable: boolean): KeysetPosition | null {
  if (raw === undefined || raw === '') return null;
  let parsed: z.infer<typeof payload>;
  try {
    const result = payload.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    if (!result.success) throw new Error('shape');
    parsed = result.data;
  } catch {
    throw invalid('This cursor is malformed; start again from the first page.');
  }
  if (parsed.s !== sort) throw invalid('This cursor was made for a different sort order; start again from the first page.');
  const k = parsed.k;
  const keyOk =
    k === null ? nullable : !k.includes('\u0000') && (kind === 'text' || isInstantKey(k));
  if (!keyOk) throw invalid('This cursor is malformed; start again from the first page.');
  const total = parsed.t !== undefined && parsed.f !== undefined ? { n: parsed.t, filters: parsed.f } : undefined;
  return total ? { key: k, id: parsed.i, total } : { key: k, id: parsed.i };
}

/** Fetch limit + 1 rows; the extra one only says that another page exists. `total` travels in the next cursor. */
export function pageOf<R extends { id: string; sortKey: string | null }>(
  rows: R[],
  limit: number,
  sort: string,
  total?: KeysetPosition['total'],
) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor(sort, { key: last.sortKey, id: last.id, total }) : null;
  return { items, nextCursor };
}
