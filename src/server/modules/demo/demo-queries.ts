import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { users } from '../../db/schema/index';
import type { interactionContacts, interactions } from '../../db/schema/network';
import { bulkInsertInteractions, bulkInsertParticipants, interactionOwner, refreshLastInteractions } from '../network/network-bulk-service';

export const DEMO_EMAIL_DOMAIN = 'demo.trellis.invalid';

/** Demo users are told apart by their reserved e-mail domain, so the schema needs no flag. */
export async function hasNonDemoUsers(db: DbOrTx): Promise<boolean> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) NOT LIKE ${`%@${DEMO_EMAIL_DOMAIN}`}`)
    .limit(1);
  return rows.length > 0;
}

export type InteractionInsert = typeof interactions.$inferInsert;
export type ParticipantInsert = typeof interactionContacts.$inferInsert;

/*
 * Later seeders add interactions of their own. The network room writes its tables; these keep the
 * shape those seeders call, for one demo user (every row carries that user's id).
 */
export async function insertInteractions(db: DbOrTx, rows: InteractionInsert[]) {
  const userId = rows[0]?.userId;
  if (!userId) return;
  if (rows.some((r) => r.userId !== userId)) throw new Error('insertInteractions: rows of more than one user');
  await bulkInsertInteractions(db, userId, rows.map((r) => ({ ...r, id: r.id ?? randomUUID(), summary: r.summary ?? null, topics: r.topics ?? [] })));
}

/** Participants carry no user id; the demo user is the owner of the interactions they name. */
export async function insertParticipants(db: DbOrTx, rows: ParticipantInsert[], userId?: string) {
  if (rows.length === 0) return;
  const owner = userId ?? (await interactionOwner(db, rows[0]!.interactionId));
  if (!owner) throw new Error('insertParticipants: unknown interaction');
  await bulkInsertParticipants(db, owner, rows.map((r) => ({ interactionId: r.interactionId, contactId: r.contactId, role: r.role ?? null })));
}

export const refreshLastInteraction = (db: DbOrTx, userId: string) => refreshLastInteractions(db, userId);

/** A shared demo person (the directory's mentors) by their reserved-domain e-mail. */
export async function findDemoUserId(db: DbOrTx, email: string): Promise<string | null> {
  const rows = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`).limit(1);
  return rows[0]?.id ?? null;
}
