import { and, desc, eq, gt, lt, ne } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { sessions, users } from '../db/schema/index';
import { randomToken, sha256 } from './secrets';

export const SESSION_COOKIE = 'trellis_session';

export async function createSession(
  db: DbOrTx,
  input: { userId: string; ttlDays: number; userAgent?: string; ip?: string },
) {
  const secret = randomToken(32);
  const csrfToken = randomToken(24);
  const expiresAt = new Date(Date.now() + input.ttlDays * 86_400_000);
  await db.insert(sessions).values({
    idHash: sha256(secret),
    userId: input.userId,
    csrfToken,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
    ip: input.ip ?? null,
    expiresAt,
  });
  return { secret, csrfToken, expiresAt };
}

export async function findLiveSession(db: DbOrTx, secret: string) {
  const rows = await db
    .select({
      idHash: sessions.idHash,
      userId: sessions.userId,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      isAdmin: users.isAdmin,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, sha256(secret)), gt(sessions.expiresAt, new Date())))
    .limit(1);
  return rows[0] ?? null;
}

/** Writes last-seen at most once a minute so reads stay reads. */
export async function touchSession(db: DbOrTx, idHash: string, lastSeenAt: Date) {
  if (Date.now() - lastSeenAt.getTime() < 60_000) return;
  await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.idHash, idHash));
}

export const deleteSession = (db: DbOrTx, idHash: string) =>
  db.delete(sessions).where(eq(sessions.idHash, idHash));

export async function listSessions(db: DbOrTx, userId: string) {
  return db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())))
    .orderBy(desc(sessions.lastSeenAt));
}

export async function deleteSessionByPublicId(db: DbOrTx, userId: string, publicId: string) {
  const rows = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), eq(sessions.publicId, publicId)))
    .returning({ idHash: sessions.idHash });
  return rows.length > 0;
}

export async function deleteOtherSessions(db: DbOrTx, userId: string, keepIdHash: string | undefined) {
  await db
    .delete(sessions)
    .where(keepIdHash ? and(eq(sessions.userId, userId), ne(sessions.idHash, keepIdHash)) : eq(sessions.userId, userId));
}

export const purgeExpiredSessions = (db: DbOrTx) => db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
