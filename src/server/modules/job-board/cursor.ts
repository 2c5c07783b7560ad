import { z } from 'zod';
import { badRequest } from '../../errors';

/**
 * The ranked view's cursor: the last item's place in the ranking (score, closing date, created at,
 * id). The next page ranks again and continues strictly after it, so a listing added or re-scored
 * meanwhile is neither repeated nor skipped by its neighbours. A tampered cursor is a 400.
 */
const shape = z.object({ s: z.number().int().min(0).max(1_000_000), c: z.string().max(10).nullable(), t: z.string().max(40), i: z.uuid() });
export type RankedPosition = { score: number; closesOn: string | null; createdAt: string; id: string };

export const encodeRanked = (p: RankedPosition) => Buffer.from(JSON.stringify({ s: p.score, c: p.closesOn, t: p.createdAt, i: p.id }), 'utf8').toString('base64url');

export function decodeRanked(raw: string | undefined): RankedPosition | null {
  if (raw === undefined || raw === '') return null;
  try {
    const p = shape.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return { score: p.s, closesOn: p.c, createdAt: p.t, id: p.i };
  } catch {
    const detail = 'This cursor is malformed; start again from the first page.';
    throw badRequest(detail, [{ path: 'querystring.cursor', message: detail }]);
  }
}
