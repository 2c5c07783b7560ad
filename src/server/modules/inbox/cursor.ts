import { z } from 'zod';
import { badRequest } from '../../errors';
import type { Keyset } from './queries';

/** The inbox's keyset cursor: base64url JSON `{t, i}` of the last item shown. A bad one is a 400. */
const shape = z.object({ t: z.iso.datetime(), i: z.uuid() });

export function decodeCursor(raw: string | undefined): Keyset | null {
  if (!raw) return null;
  try {
    const c = shape.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return { at: new Date(c.t), id: c.i };
  } catch {
    throw badRequest('cursor: This cursor is malformed; start again from the first page.', [{ path: 'cursor', message: 'Malformed cursor' }]);
  }
}

export const encodeCursor = (k: Keyset) => Buffer.from(JSON.stringify({ t: k.at.toISOString(), i: k.id })).toString('base64url');
