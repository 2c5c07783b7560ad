import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import type {
  createInteractionBody,
  Interaction,
  listInteractionsQuery,
  updateInteractionBody,
} from '../../../domain/network/api';
import { badRequest, notFound, type FieldError } from '../../errors';
import { lockContacts } from './contacts-queries';
import { touchLastInteraction } from './contacts-service';
import { decodeCursor, pageOf } from './cursor';
import * as q from './interactions-queries';
import { onInteractionLogged, onInteractionRemoved } from '../follow-through/interaction-hooks';

export type CreateInteractionInput = z.output<typeof createInteractionBody>;
export type UpdateInteractionInput = z.output<typeof updateInteractionBody>;
export type ListInteractionsInput = z.output<typeof listInteractionsQuery>;
export type { InteractionRow } from './interactions-queries';

type Role = Interaction['participants'][number]['role'];
type Wanted = { links: q.ParticipantLink[]; pathOf: Map<string, string> };

const ORDER = 'occurred';
/** PostgreSQL refuses year 0 and years past 9999; zod's ISO format lets offsets push a time there. */
const EARLIEST = Date.UTC(1000, 0, 1);
const LATEST = Date.UTC(9999, 11, 31);

function instant(value: string, path: string): Date {
  const d = new Date(value);
  const t = d.getTime();
  if (Number.isNaN(t) || t < EARLIEST || t > LATEST) {
    throw badRequest(`${path}: That time is out of range`, [{ path, message: 'That time is out of range' }]);
  }
  return d;
}

/** contactIds and participants together; a contact named in both keeps the participant's role. */
function collect(contactIds: string[] | undefined, participants: { contactId: string; role: Role }[] | undefined): Wanted {
  const roles = new Map<string, string | null>();
  const pathOf = new Map<string, string>();
  (contactIds ?? []).forEach((id, i) => {
    if (!roles.has(id)) roles.set(id, null);
    if (!pathOf.has(id)) pathOf.set(id, `contactIds.${i}`);
  });
  (participants ?? []).forEach((p, i) => {
    roles.set(p.contactId, p.role);
    if (!pathOf.has(p.contactId)) pathOf.set(p.contactId, `participants.${i}.contactId`);
  });
  return { links: [...roles].map(([contactId, role]) => ({ contactId, role })), pathOf };
}

/**
 * Locks every contact whose last_interaction_at this write changes, and refuses ids that are not
 * the caller's live contacts: foreign and unknown ids get the same answer, so neither is confirmed.
 */
async function lockAndCheck(tx: DbOrTx, userId: string, wanted: Wanted, alsoLock: string[] = []) {
  const ids = [...new Set([...wanted.links.map((l) => l.contactId), ...alsoLock])];
  const live = new Set((await lockContacts(tx, userId, ids)).filter((r) => r.deletedAt === null).map((r) => r.id));
  const errors: FieldError[] = wanted.links
    .filter((l) => !live.has(l.contactId))
    .map((l) => ({ path: wanted.pathOf.get(l.contactId)!, message: 'No such contact' }));
  if (errors.length > 0) {
    throw badRequest(errors.length === 1 ? `${errors[0]!.path}: No such contact` : `${errors.length} fields are invalid.`, errors);
  }
}

function present(row: q.InteractionRow, participants: q.ParticipantRow[]): Interaction {
  return {
    id: row.id,
    kind: row.kind as Interaction['kind'],
    occurredAt: row.occurredAt.toISOString(),
    summary: row.summary,
    topics: row.topics,
    participants: participants
      .filter((p) => p.interactionId === row.id)
      .map((p) => ({ contactId: p.contactId, displayName: p.displayName, role: p.role as Role })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function load(db: DbOrTx, userId: string, row: q.InteractionRow): Promise<Interaction> {
  return present(row, await q.participantsOf(db, userId, [row.id]));
}

export const findInteraction = (db: DbOrTx, userId: string, id: string) => q.findInteraction(db, userId, id);
export const findDeletedInteraction = (db: DbOrTx, userId: string, id: string) => q.findInteraction(db, userId, id, false, true);
export const getInteraction = load;

export async function createInteraction(db: Db, userId: string, body: CreateInteractionInput): Promise<Interaction> {
  const wanted = collect(body.contactIds, body.participants);
  const occurredAt = instant(body.occurredAt, 'occurredAt');
  return db.transaction(async (tx) => {
    await lockAndCheck(tx, userId, wanted);
    const row = await q.insertInteraction(tx, userId, { kind: body.kind, occurredAt, summary: body.summary ?? null, topics: body.topics });
    await q.setParticipants(tx, row.id, wanted.links);
    await touchLastInteraction(tx, userId, wanted.links.map((l) => l.contactId));
    const created = await load(tx, userId, row);
    await onInteractionLogged(tx, userId, created);
    return created;
  });
}

/** Participants are replaced only when contactIds or participants is sent; the result must name someone. */
export async function updateInteraction(db: Db, userId: string, id: string, patch: UpdateInteractionInput): Promise<Interaction> {
  const replacing = patch.contactIds !== undefined || patch.participants !== undefined;
  const wanted = replacing ? collect(patch.contactIds, patch.participants) : null;
  if (wanted && wanted.links.length === 0) {
    throw badRequest('contactIds: Choose at least one person', [{ path: 'contactIds', message: 'Choose at least one person' }]);
  }
  const occurredAt = patch.occurredAt === undefined ? undefined : instant(patch.occurredAt, 'occurredAt');
  return db.transaction(async (tx) => {
    const current = await q.findInteraction(tx, userId, id, true);
    if (!current) throw notFound('interaction');
    const before = await q.linkedContactIds(tx, id);
    if (wanted) await lockAndCheck(tx, userId, wanted, before);
    else if (occurredAt) await lockContacts(tx, userId, before);
    const values: Partial<q.InteractionValues> = {};
    if (patch.kind !== undefined) values.kind = patch.kind;
    if (occurredAt) values.occurredAt = occurredAt;
    if (patch.summary !== undefined) values.summary = patch.summary;
    if (patch.topics !== undefined) values.topics = patch.topics;
    const row = await q.updateInteraction(tx, userId, id, values);
    if (!row) throw notFound('interaction');
    if (wanted) await q.setParticipants(tx, id, wanted.links);
    // Old and new participants: someone removed from the meeting may have lost their latest contact.
    if (wanted || occurredAt) await touchLastInteraction(tx, userId, [...before, ...(wanted?.links.map((l) => l.contactId) ?? [])]);
    const updated = await load(tx, userId, row);
    await onInteractionLogged(tx, userId, updated, before);
    return updated;
  });
}

/**
 * Deleting is a soft delete (restorable): the people, the done thank-yous and the interview that
 * logged it keep pointing at it. Open thank-yous go, and last-contacted dates and keep-in-touch
 * due dates move as if it had never been logged.
 */
export async function deleteInteraction(db: Db, userId: string, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const current = await q.findInteraction(tx, userId, id, true);
    if (!current) return false;
    const before = await q.linkedContactIds(tx, id);
    await lockContacts(tx, userId, before);
    await q.deleteInteraction(tx, userId, id);
    await touchLastInteraction(tx, userId, before);
    await onInteractionRemoved(tx, userId, id, before);
    return true;
  });
}

/**
 * Takes back a delete: the same interaction (same id, people and roles) is live again, and
 * follow-through hears it as logged, so the contacts' keep-in-touch due dates move back and a
 * recent interaction's thank-yous return.
 */
export async function restoreInteraction(db: Db, userId: string, id: string): Promise<Interaction> {
  return db.transaction(async (tx) => {
    const current = await q.findInteraction(tx, userId, id, true, true);
    if (!current) throw notFound('interaction');
    const people = await q.linkedContactIds(tx, id);
    await lockContacts(tx, userId, people);
    const row = await q.restoreInteraction(tx, userId, id);
    if (!row) throw notFound('interaction');
    await touchLastInteraction(tx, userId, people);
    const restored = await load(tx, userId, row);
    await onInteractionLogged(tx, userId, restored, people);
    return restored;
  });
}

export async function listInteractions(db: DbOrTx, userId: string, query: ListInteractionsInput) {
  const after = decodeCursor(query.cursor, ORDER, 'instant', false);
  const filters: q.InteractionFilters = {
    contactId: query.contactId,
    kind: query.kind,
    from: query.from === undefined ? undefined : instant(query.from, 'querystring.from'),
    to: query.to === undefined ? undefined : instant(query.to, 'querystring.to'),
  };
  const rows = await q.listInteractions(db, userId, filters, after, query.limit + 1);
  const page = pageOf(rows, query.limit, ORDER);
  const participants = await q.participantsOf(db, userId, page.items.map((r) => r.id));
  return { items: page.items.map((r) => present(r, participants)), nextCursor: page.nextCursor };
}
