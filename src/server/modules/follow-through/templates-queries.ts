import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { messageTemplates } from '../../db/schema/follow-through';

export type TemplateRow = typeof messageTemplates.$inferSelect;
export type TemplateValues = Pick<TemplateRow, 'name' | 'subject' | 'body'>;

export const listTemplateRows = (db: DbOrTx, userId: string) =>
  db.select().from(messageTemplates).where(eq(messageTemplates.userId, userId)).orderBy(asc(messageTemplates.createdAt), asc(messageTemplates.id));

export async function findCustom(db: DbOrTx, userId: string, id: string): Promise<TemplateRow | null> {
  const rows = await db
    .select()
    .from(messageTemplates)
    .where(and(eq(messageTemplates.userId, userId), eq(messageTemplates.id, id), isNull(messageTemplates.builtInId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findOverride(db: DbOrTx, userId: string, builtInId: string): Promise<TemplateRow | null> {
  const rows = await db
    .select()
    .from(messageTemplates)
    .where(and(eq(messageTemplates.userId, userId), eq(messageTemplates.builtInId, builtInId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertTemplate(db: DbOrTx, userId: string, v: TemplateValues & { builtInId?: string | null }) {
  const [row] = await db.insert(messageTemplates).values({ ...v, userId }).returning();
  return row!;
}

export async function updateTemplate(db: DbOrTx, userId: string, id: string, v: Partial<TemplateValues>) {
  const rows = await db
    .update(messageTemplates)
    .set({ ...v, updatedAt: new Date() })
    .where(and(eq(messageTemplates.userId, userId), eq(messageTemplates.id, id)))
    .returning();
  return rows[0] ?? null;
}

export const deleteTemplate = (db: DbOrTx, userId: string, id: string) =>
  db.delete(messageTemplates).where(and(eq(messageTemplates.userId, userId), eq(messageTemplates.id, id)));

export const deleteOverride = (db: DbOrTx, userId: string, builtInId: string) =>
  db.delete(messageTemplates).where(and(eq(messageTemplates.userId, userId), eq(messageTemplates.builtInId, builtInId)));
