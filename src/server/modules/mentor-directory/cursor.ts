import { z } from 'zod';
import { badRequest } from '../../errors';
import type { Keyset } from './queries';

/** Keyset cursors of this room: base64url JSON `{t, i}`, the last row's instant and id. A bad one is a 400. */
const shape = z.object({ t: z.iso.datetime(), i: z.uuid() });

export function decodeKeyset(raw: string | undefined): Keyset | null {
  if (!raw) return null;
  try {
    const c = shape.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return { at: new Date(c.t), id: c.i };
  } catch {
    throw badRequest('This cursor is malformed; start again from the first page.', [{ path: 'querystring.cursor', message: 'Malformed cursor' }]);
  }
}

/** rows hold limit + 1 items at most: the extra one says another page exists. */
export function pageOf<R>(rows: R[], limit: number, keyOf: (r: R) => Keyset) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? Buffer.from(JSON.stringify({ t: keyOf(last).at.toISOString(), i: keyOf(last).id })).toString('base64url') : null;
  return { items, nextCursor };
}
