import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import {
  nextStepsFor,
  todayIn,
  transition,
  type Commitment,
  type CommitmentAction,
  type CommitmentDirection,
  type CommitmentState,
  type StepClock,
} from '../../../domain/follow-through/index';
import type { CommitmentResponse, CreateCommitmentBody, listCommitmentsQuery, UpdateCommitmentBody } from '../../../domain/follow-through/api';
import { badRequest, conflict, notFound, type FieldError } from '../../errors';
import { decodeCursor, pageOf } from '../network/cursor';
import * as cq from './commitments-queries';
import * as fq from './follow-ups-queries';
import { loadContext } from './settings-service';
import { contactsByIds } from './sync-queries';

type Loaded = { row: cq.CommitmentWithNames; intro: Awaited<ReturnType<typeof cq.findIntroduction>> };

export const findCommitment = (db: DbOrTx, userId: string, id: string) => cq.findCommitment(db, userId, id);

function toDomain({ row, intro }: Loaded): Commitment {
  return {
    direction: row.direction as CommitmentDirection,
    state: row.state as CommitmentState,
    contactId: row.contactId,
    contactName: row.contactName,
    what: row.what,
    dueDate: row.dueDate,
    introducedContactId: row.involvingContactId,
    introducedName: row.involvingName,
    introducerContactId: intro?.introducerId ?? null,
    introducerName: intro?.introducerName ?? null,
    introducerThankedAt: row.introducerThankedAt,
    nudgeCount: row.nudgeCount,
    nudgedAt: row.lastNudgedAt,
    doneAt: row.doneAt,
    thankedAt: row.thankedAt,
    droppedReason: row.dropReason,
  };
}

function present(l: Loaded, clock: StepClock): CommitmentResponse {
  const { row, intro } = l;
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: row.id,
    direction: row.direction as CommitmentDirection,
    state: row.state as CommitmentState,
    contact: { id: row.contactId, displayName: row.contactName },
    involvingContact: row.involvingContactId && row.involvingName ? { id: row.involvingContactId, displayName: row.involvingName } : null,
    introducerContact: intro ? { id: intro.introducerId, displayName: intro.introducerName } : null,
    what: row.what,
    dueDate: row.dueDate,
    notes: row.notes,
    dropReason: row.dropReason,
    nudgeCount: row.nudgeCount,
    lastNudgedAt: iso(row.lastNudgedAt),
    doneAt: iso(row.doneAt),
    thankedAt: iso(row.thankedAt),
    introducerThankedAt: iso(row.introducerThankedAt),
    nextSteps: nextStepsFor(toDomain(l), clock),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function load(db: DbOrTx, userId: string, id: string, lock = false): Promise<Loaded> {
  const row = await cq.findCommitment(db, userId, id, lock);
  if (!row) throw notFound('commitment');
  return { row, intro: await cq.findIntroduction(db, userId, row.contactId, row.id) };
}

const stepKey = (id: string, action: string) => `commitment:${id}:${action}`;

/**
 * The user's own next steps become follow-ups; steps owned by the other person ('wait',
 * 'close_loop') stay on the commitment only. Steps that no longer apply are removed if open.
 */
export async function syncSteps(tx: DbOrTx, userId: string, l: Loaded, clock: StepClock) {
  const today = todayIn(clock.timeZone, clock.now);
  const mine = nextStepsFor(toDomain(l), clock).filter((s) => s.owner === 'me');
  const keys = mine.map((s) => stepKey(l.row.id, s.action));
  const existing = new Map((await fq.findByKeys(tx, userId, keys)).map((r) => [r.dedupeKey, r]));
  const rows = mine.flatMap((s) => {
    const key = stepKey(l.row.id, s.action);
    const had = existing.get(key);
    const dueDate = s.dueDate ?? had?.dueDate ?? today;
    if (had && had.title === s.title && had.dueDate === dueDate) return [];
    return [{ source: 'commitment', sourceId: l.row.id, contactId: s.contactId, dedupeKey: key, title: s.title, prompt: l.row.notes, dueDate }];
  });
  await fq.upsertFollowUps(tx, userId, rows);
  await fq.deleteOpenBySource(tx, userId, 'commitment', l.row.id, keys);
}

/** Daily: steps that depend on time (overdue, a week after a nudge) change their wording. */
export async function resyncLiveCommitments(tx: DbOrTx, userId: string, clock: StepClock) {
  const live = await cq.listCommitments(tx, userId, { states: ['open', 'nudged'] }, null, 1000);
  for (const { intro, ...row } of live) await syncSteps(tx, userId, { row, intro }, clock);
}

async function checkContacts(db: DbOrTx, userId: string, refs: { path: string; id: string | null | undefined }[]) {
  const ids = refs.filter((r) => r.id).map((r) => r.id!);
  const live = new Set((await contactsByIds(db, userId, ids)).map((c) => c.id));
  const errors: FieldError[] = refs.filter((r) => r.id && !live.has(r.id)).map((r) => ({ path: r.path, message: 'No such contact' }));
  if (errors.length > 0) throw badRequest(`${errors[0]!.path}: No such contact`, errors);
}

export async function listCommitments(db: DbOrTx, userId: string, query: z.output<typeof listCommitmentsQuery>, now: Date) {
  const { timeZone } = await loadContext(db, userId);
  const after = decodeCursor(query.cursor, 'created', 'instant', false);
  const rows = await cq.listCommitments(db, userId, { state: query.state, contactId: query.contactId }, after, query.limit + 1);
  const page = pageOf(rows, query.limit, 'created');
  const items = page.items.map(({ intro, ...row }) => present({ row, intro }, { now, timeZone }));
  return { items, nextCursor: page.nextCursor };
}

export async function getCommitment(db: DbOrTx, userId: string, id: string, now: Date) {
  const { timeZone } = await loadContext(db, userId);
  return present(await load(db, userId, id), { now, timeZone });
}

export async function createCommitment(db: Db, userId: string, body: CreateCommitmentBody, now: Date) {
  return db.transaction(async (tx) => {
    await checkContacts(tx, userId, [
      { path: 'contactId', id: body.contactId },
      { path: 'involvingContactId', id: body.involvingContactId },
    ]);
    const { timeZone } = await loadContext(tx, userId);
    const row = await cq.insertCommitment(tx, userId, {
      direction: body.direction,
      contactId: body.contactId,
      involvingContactId: body.involvingContactId ?? null,
      what: body.what,
      dueDate: body.dueDate ?? null,
      notes: body.notes ?? null,
    });
    const l = await load(tx, userId, row.id);
    await syncSteps(tx, userId, l, { now, timeZone });
    return present(l, { now, timeZone });
  });
}

export async function updateCommitment(db: Db, userId: string, id: string, patch: UpdateCommitmentBody, now: Date) {
  return db.transaction(async (tx) => {
    const before = await load(tx, userId, id, true);
    if (patch.direction !== undefined && patch.direction !== before.row.direction && !['open', 'nudged'].includes(before.row.state)) {
      throw conflict('commitment_not_live', `This commitment is already ${before.row.state}; reopen it to change who offered or promised.`);
    }
    await checkContacts(tx, userId, [
      { path: 'contactId', id: patch.contactId },
      { path: 'involvingContactId', id: patch.involvingContactId },
    ]);
    const values: Partial<cq.CommitmentRow> = {};
    if (patch.direction !== undefined) values.direction = patch.direction;
    if (patch.contactId !== undefined) values.contactId = patch.contactId;
    if (patch.involvingContactId !== undefined) values.involvingContactId = patch.involvingContactId;
    if (patch.what !== undefined) values.what = patch.what;
    if (patch.dueDate !== undefined) values.dueDate = patch.dueDate;
    if (patch.notes !== undefined) values.notes = patch.notes;
    await cq.updateCommitment(tx, userId, id, values);
    const { timeZone } = await loadContext(tx, userId);
    const l = await load(tx, userId, id);
    await syncSteps(tx, userId, l, { now, timeZone });
    return present(l, { now, timeZone });
  });
}

export async function deleteCommitment(db: Db, userId: string, id: string) {
  await db.transaction(async (tx) => {
    await fq.deleteOpenBySource(tx, userId, 'commitment', id, []);
    await cq.deleteCommitment(tx, userId, id);
  });
}

/** Applies a domain transition; an illegal move is a 409 carrying the domain's message. */
async function act(tx: DbOrTx, userId: string, id: string, action: CommitmentAction, now: Date) {
  const { timeZone } = await loadContext(tx, userId);
  const before = await load(tx, userId, id, true);
  const result = transition(toDomain(before), action, now);
  if (!result.ok) throw conflict(result.error.code, result.error.message);
  const c = result.commitment;
  await cq.updateCommitment(tx, userId, id, {
    state: c.state,
    nudgeCount: c.nudgeCount ?? 0,
    lastNudgedAt: c.nudgedAt ?? null,
    doneAt: c.doneAt ?? null,
    thankedAt: c.thankedAt ?? null,
    dropReason: c.droppedReason ?? null,
    introducerThankedAt: c.introducerThankedAt ?? null,
  });
  // The introduction that brought this person in led somewhere: its giver deserves to hear it.
  if (action.type === 'complete' && before.intro) await cq.updateCommitment(tx, userId, before.intro.id, { ledSomewhere: true });
  const after = await load(tx, userId, id);
  await syncSteps(tx, userId, after, { now, timeZone });
  return present(after, { now, timeZone });
}

export const commitmentAction = (db: Db, userId: string, id: string, action: CommitmentAction, now: Date) =>
  db.transaction((tx) => act(tx, userId, id, action, now));

const STEP_ACTIONS: Record<string, CommitmentAction['type']> = {
  coordinate: 'nudge',
  follow_up: 'nudge',
  deliver: 'complete',
  thank: 'thank',
  thank_introducer: 'thank_introducer',
};

/** Ticking off a step on Today moves the commitment as the matching action would. */
export async function applyStepDone(tx: DbOrTx, userId: string, commitmentId: string, dedupeKey: string, now: Date) {
  const type = STEP_ACTIONS[dedupeKey.split(':')[2] ?? ''];
  if (!type || type === 'drop') return;
  await act(tx, userId, commitmentId, { type } as CommitmentAction, now);
}
