import type { Db, DbOrTx } from '../../db/client';
import { todayIn } from '../../../domain/follow-through/index';
import type { CreateFindBody, FindListItem, FindResponse, UpdateFindBody } from '../../../domain/follow-through/finds-api';
import { decodeCursor, pageOf } from '../network/cursor';
import * as fq from './follow-ups-queries';
import * as q from './finds-queries';
import { loadContext } from './settings-service';

/** More than this many "share with" items for one article helps nobody; the best matches win. */
export const MAX_SHARES_PER_FIND = 20;
const KIND_LABEL: Record<string, string> = { article: 'Article', job: 'Job listing', event: 'Event' };

export const shareKey = (findId: string, contactId: string) => `share:${findId}:${contactId}`;

const presentFind = (f: q.FindRow) => ({
  id: f.id,
  kind: f.kind as FindResponse['kind'],
  title: f.title,
  url: f.url,
  topics: f.topics,
  note: f.note,
  createdAt: f.createdAt.toISOString(),
});

type ShareItem = fq.NewFollowUp & { dedupeKey: string; title: string; prompt: string };

function shareItems(find: q.FindRow, matches: q.TopicMatch[], today: string): ShareItem[] {
  return matches.map((m) => ({
    source: 'share',
    sourceId: find.id,
    contactId: m.id,
    dedupeKey: shareKey(find.id, m.id),
    title: `Share “${find.title}” with ${m.displayName}`,
    prompt: [`${m.displayName} cares about ${m.topics.join(', ')}.`, `${KIND_LABEL[find.kind] ?? 'Link'}: ${find.url}`, find.note].filter(Boolean).join('\n'),
    dueDate: today,
  }));
}

async function withMatches(tx: DbOrTx, userId: string, find: q.FindRow, matches: q.TopicMatch[], items: ShareItem[]): Promise<FindResponse> {
  const ids = new Map((await fq.findByKeys(tx, userId, items.map((i) => i.dedupeKey))).map((r) => [r.dedupeKey, r.id]));
  return {
    ...presentFind(find),
    matches: matches.map((m) => ({ contact: { id: m.id, displayName: m.displayName }, topics: m.topics, followUpId: ids.get(shareKey(find.id, m.id)) ?? null })),
  };
}

/**
 * Saves the find and proposes sharing it, due today, with each contact who cares about one of its
 * topics, in one transaction. The items are keyed per find and person, so nobody is asked twice.
 */
export async function createFind(db: Db, userId: string, body: CreateFindBody, now: Date, maxShares = MAX_SHARES_PER_FIND): Promise<FindResponse> {
  return db.transaction(async (tx) => {
    const ctx = await loadContext(tx, userId);
    const find = await q.insertFind(tx, userId, { kind: body.kind, title: body.title, url: body.url, topics: body.topics, note: body.note ?? null });
    const matches = await q.contactsCaringAbout(tx, userId, find.topics, { limit: maxShares });
    const items = shareItems(find, matches, todayIn(ctx.timeZone, now));
    await fq.insertFollowUpsIfAbsent(tx, userId, items);
    return withMatches(tx, userId, find, matches, items);
  });
}

/**
 * Edits the find and matches it again: open share items of people who no longer care about its
 * topics go, the others take the new title and link, and newly matching people are proposed, due
 * today. Items already shared or skipped stay as they are (nobody is asked twice).
 */
export async function updateFind(db: Db, userId: string, id: string, body: UpdateFindBody, now: Date, maxShares = MAX_SHARES_PER_FIND): Promise<FindResponse | null> {
  return db.transaction(async (tx) => {
    const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as Partial<q.FindRow>;
    const find = await q.updateFind(tx, userId, id, patch);
    if (!find) return null;
    const ctx = await loadContext(tx, userId);
    const matches = await q.contactsCaringAbout(tx, userId, find.topics, { limit: maxShares });
    const items = shareItems(find, matches, todayIn(ctx.timeZone, now));
    await fq.deleteOpenBySource(tx, userId, 'share', find.id, items.map((i) => i.dedupeKey));
    for (const item of items) await fq.retitleOpenShare(tx, userId, item.dedupeKey, { title: item.title, prompt: item.prompt });
    await fq.insertFollowUpsIfAbsent(tx, userId, items);
    return withMatches(tx, userId, find, matches, items);
  });
}

const ORDER = 'created';

export async function listFinds(db: DbOrTx, userId: string, query: { limit: number; cursor?: string }): Promise<{ items: FindListItem[]; nextCursor: string | null }> {
  const after = decodeCursor(query.cursor, ORDER, 'instant', false);
  const page = pageOf(await q.listFinds(db, userId, after, query.limit + 1), query.limit, ORDER);
  return { items: page.items.map((f) => ({ ...presentFind(f), shares: { open: f.open, done: f.done, skipped: f.skipped } })), nextCursor: page.nextCursor };
}

export const findFind = q.findFind;

/** The find goes, with the share items nobody acted on yet; done ones stay on the timeline's side. */
export async function deleteFind(db: Db, userId: string, id: string) {
  await db.transaction(async (tx) => {
    await fq.deleteOpenBySource(tx, userId, 'share', id, []);
    await q.deleteFind(tx, userId, id);
  });
}

/** Merge fields for writing a share item: the link, and the topic this person cares about. */
export async function shareMergeFields(db: DbOrTx, userId: string, findId: string, contactId: string | null) {
  const find = await q.findFind(db, userId, findId);
  if (!find) return {};
  const [match] = contactId ? await q.contactsCaringAbout(db, userId, find.topics, { onlyContactId: contactId, limit: 1 }) : [];
  return { linkTitle: find.title, link: find.url, topic: match?.topics[0] ?? find.topics[0] };
}
