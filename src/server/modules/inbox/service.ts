import type { DbOrTx } from '../../db/client';
import { BODY_MAX, INBOX_KIND_LABELS, INBOX_KINDS, isInAppLink, shorten, TITLE_MAX, type InboxKind } from '../../../domain/inbox/kinds';
import type { InboxNews } from '../../../domain/inbox/news';
import type { InboxItem, InboxPreferences } from '../../../domain/inbox/api';
import { notFound } from '../../errors';
import { decodeCursor, encodeCursor } from './cursor';
import * as q from './queries';

export type { InboxNews } from '../../../domain/inbox/news';
export { approvalDedupeKey, news } from '../../../domain/inbox/news';

/** Read items (and deleted ones) older than this are purged by the sweep. */
export const KEEP_READ_DAYS = 90;

/**
 * What other rooms call, inside their own transaction, right after the write the news is about.
 * Stored once per (recipient, dedupe key) — a retried request or job tells nothing twice — and not
 * at all when the recipient muted the kind, tells themselves, or `n` is null (nothing to tell).
 * A malformed item is a bug in the calling room: it throws rather than store a broken link.
 * `history` (the demo's past items) sets when it happened and was read.
 */
export async function notify(db: DbOrTx, n: InboxNews | null, history?: { at: Date; readAt: Date | null }): Promise<boolean> {
  const item = toItem(n);
  if (!item) return false;
  return q.insertItem(db, { ...item, ...(history ? { createdAt: history.at, readAt: history.readAt } : {}) });
}

/** The row `n` would be, or null when there is nothing to store; throws on a malformed item. */
function toItem(n: InboxNews | null): q.NewItem | null {
  if (!n) return null;
  if (n.actorUserId && n.actorUserId === n.userId) return null;
  if (!isInAppLink(n.link)) throw new Error(`inbox: "${n.link}" is not a path inside the app`);
  if (!(INBOX_KINDS as readonly string[]).includes(n.kind)) throw new Error(`inbox: unknown kind ${n.kind}`);
  const body = n.body ? shorten(n.body, BODY_MAX) : null;
  return {
    userId: n.userId,
    kind: n.kind,
    title: shorten(n.title, TITLE_MAX),
    body: body || null,
    link: n.link,
    actorUserId: n.actorUserId ?? null,
    dedupeKey: n.dedupeKey.slice(0, 300),
  };
}

/**
 * `notify` for many items in one statement (a published program run tells every pair): the same
 * rules per item, and the same answer as calling `notify` for each in turn — true where that item
 * was stored (of two for the same recipient and dedupe key, the first one not muted). A malformed
 * item throws before anything is stored.
 */
export async function notifyMany(db: DbOrTx, list: readonly (InboxNews | null)[]): Promise<boolean[]> {
  const items = list.flatMap((n, at) => {
    const item = toItem(n);
    return item ? [{ at, item }] : [];
  });
  const stored = await q.insertItems(db, items.map((i) => i.item));
  const out = list.map(() => false);
  items.forEach((i, k) => {
    if (stored.has(k)) out[i.at] = true;
  });
  return out;
}

/**
 * Takes back an item that asked someone to act, once the act is no longer theirs to do (another
 * coordinator approved, the request was withdrawn): gone from the list, not "deleted" with an Undo.
 */
export const retract = (db: DbOrTx, userIds: string[], dedupeKey: string) => q.deleteByKey(db, userIds, dedupeKey.slice(0, 300));

export function present(r: q.InboxRow): InboxItem {
  return {
    id: r.id,
    kind: r.kind as InboxKind,
    title: r.title,
    body: r.body,
    link: r.link,
    actorName: r.actorName,
    createdAt: r.createdAt.toISOString(),
    readAt: r.readAt?.toISOString() ?? null,
  };
}

export async function listItems(db: DbOrTx, userId: string, query: { limit: number; cursor?: string; unread: boolean }) {
  const rows = await q.listItems(db, userId, { unread: query.unread }, query.limit, decodeCursor(query.cursor));
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return { items: items.map(present), nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
}

export const unreadCount = async (db: DbOrTx, userId: string) => ({ unread: await q.countUnread(db, userId) });

export const findItem = (db: DbOrTx, userId: string, id: string, deleted = false) => q.findItem(db, userId, id, deleted);

export async function setRead(db: DbOrTx, userId: string, id: string, read: boolean, now: Date) {
  await q.setRead(db, userId, id, read ? now : null);
  const row = await q.findItem(db, userId, id);
  if (!row) throw notFound('inbox item');
  return present(row);
}

export const markAllRead = async (db: DbOrTx, userId: string, now: Date, upTo: Date | null) => ({ marked: await q.markAllRead(db, userId, now, upTo) });

export async function deleteItem(db: DbOrTx, userId: string, id: string, now: Date) {
  if (!(await q.setDeleted(db, userId, id, now))) throw notFound('inbox item');
}

export async function restoreItem(db: DbOrTx, userId: string, id: string) {
  if (!(await q.setDeleted(db, userId, id, null))) throw notFound('inbox item');
  return present((await q.findItem(db, userId, id))!);
}

export async function preferences(db: DbOrTx, userId: string): Promise<InboxPreferences> {
  const muted = new Set(await q.listMuted(db, userId));
  return { kinds: INBOX_KINDS.map((kind) => ({ kind, ...INBOX_KIND_LABELS[kind], muted: muted.has(kind) })) };
}

export async function savePreferences(db: DbOrTx, userId: string, muted: InboxKind[]) {
  await q.replaceMuted(db, userId, [...new Set(muted)]);
  return preferences(db, userId);
}

/** The sweep: purges read and deleted items older than KEEP_READ_DAYS. */
export const purgeOldItems = (db: DbOrTx, now: Date = new Date()) => q.purgeOld(db, new Date(now.getTime() - KEEP_READ_DAYS * 86_400_000));
