import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { sentMails } from '../db/schema/index';

export type SentMailRow = typeof sentMails.$inferSelect;

/** Marks a mail that was sent again after an attempt that died mid-send: it may have arrived twice. */
export const RESENT_MARK = 'resent after an interrupted attempt; the earlier attempt may also have been delivered';

export type MailClaim =
  | { state: 'claimed'; row: SentMailRow; takeover: 'none' | 'failed' | 'interrupted' }
  | { state: 'sent'; row: SentMailRow }
  | { state: 'in_flight'; row: SentMailRow };

/**
 * The row is written before anything leaves the process, so its unique key is the "never twice"
 * guard. A key already present is taken over only when the earlier attempt is known to have failed
 * (status failed), or when it was left `sending` longer than `staleSeconds` ago: the process died
 * mid-send. Only the outbox can tell whether such an attempt got through; over SMTP the resend is
 * a deliberate choice (a late digest beats a lost one) and is marked with RESENT_MARK, and a row
 * carrying that mark is never taken over again, so a mail goes out at most twice.
 */
export async function claimMail(
  db: DbOrTx,
  v: { userId: string | null; kind: string; idempotencyKey: string; toAddress: string; subject: string },
  staleSeconds: number,
): Promise<MailClaim> {
  const [inserted] = await db.insert(sentMails).values(v).onConflictDoNothing({ target: sentMails.idempotencyKey }).returning();
  if (inserted) return { state: 'claimed', row: inserted, takeover: 'none' };

  const interrupted = and(
    eq(sentMails.status, 'sending'),
    lt(sentMails.createdAt, sql`now() - make_interval(secs => ${staleSeconds})`),
    sql`${sentMails.error} IS DISTINCT FROM ${RESENT_MARK}`,
  );
  const [taken] = await db
    .update(sentMails)
    .set({
      status: 'sending',
      error: sql`CASE WHEN ${sentMails.status} = 'sending' THEN ${RESENT_MARK} ELSE NULL END`,
      toAddress: v.toAddress,
      subject: v.subject,
    })
    .where(and(eq(sentMails.idempotencyKey, v.idempotencyKey), or(eq(sentMails.status, 'failed'), interrupted)))
    .returning();
  if (taken) return { state: 'claimed', row: taken, takeover: taken.error === RESENT_MARK ? 'interrupted' : 'failed' };

  const [existing] = await db.select().from(sentMails).where(eq(sentMails.idempotencyKey, v.idempotencyKey));
  if (!existing) throw new Error(`sent_mails row ${v.idempotencyKey} vanished`);
  return existing.status === 'sent' ? { state: 'sent', row: existing } : { state: 'in_flight', row: existing };
}

export async function markMailSent(db: DbOrTx, id: string, d: { messageId: string; outboxFile: string | null }) {
  await db
    .update(sentMails)
    .set({ status: 'sent', sentAt: sql`now()`, messageId: d.messageId, outboxFile: d.outboxFile })
    .where(eq(sentMails.id, id));
}

export async function markMailFailed(db: DbOrTx, id: string, error: string) {
  await db.update(sentMails).set({ status: 'failed', error: error.slice(0, 2000) }).where(eq(sentMails.id, id));
}

/**
 * Newest first; the cursor is the last row's (createdAt, id). Timestamps are compared at millisecond
 * precision because that is all a JS Date (and so the cursor) carries.
 */
export async function listMailsForUser(db: DbOrTx, userId: string, limit: number, after?: { createdAt: Date; id: string }) {
  const ms = sql`date_trunc('milliseconds', ${sentMails.createdAt})`;
  const scope = eq(sentMails.userId, userId);
  const where = after ? and(scope, sql`(${ms}, ${sentMails.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id}::uuid)`) : scope;
  return db.select().from(sentMails).where(where).orderBy(desc(ms), desc(sentMails.id)).limit(limit);
}

export async function findMailForUser(db: DbOrTx, userId: string, id: string) {
  const [row] = await db.select().from(sentMails).where(and(eq(sentMails.userId, userId), eq(sentMails.id, id)));
  return row ?? null;
}

export async function findMailByKey(db: DbOrTx, key: string) {
  const [row] = await db.select().from(sentMails).where(eq(sentMails.idempotencyKey, key));
  return row ?? null;
}
