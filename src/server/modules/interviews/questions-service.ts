import type { DbOrTx } from '../../db/client';
import { BUILT_IN_QUESTIONS, findBuiltInQuestion, isBuiltInQuestionId } from '../../../domain/interviews/index';
import type { QuestionResponse } from '../../../domain/interviews/api';
import { badRequest, conflict, type FieldError } from '../../errors';
import { decodeCursor, pageOf } from '../network/cursor';
import * as q from './queries';

const ORDER = 'created';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const presentOwn = (r: q.QuestionRow): QuestionResponse => ({ id: r.id, text: r.text, builtIn: false, createdAt: r.createdAt.toISOString() });
const presentBuiltIn = (b: { id: string; text: string }): QuestionResponse => ({ id: b.id, text: b.text, builtIn: true, createdAt: null });

/** The bank: built-ins first (on the first page), then the user's own questions, oldest first. */
export async function listQuestions(db: DbOrTx, userId: string, query: { limit: number; cursor?: string }) {
  const after = decodeCursor(query.cursor, ORDER, 'instant', false);
  const rows = await q.listQuestions(db, userId, after, query.limit + 1);
  const page = pageOf(rows, query.limit, ORDER);
  return { items: [...(after ? [] : BUILT_IN_QUESTIONS.map(presentBuiltIn)), ...page.items.map(presentOwn)], nextCursor: page.nextCursor };
}

/** A built-in, the caller's own question, or null (someone else's id included). */
export async function findQuestion(db: DbOrTx, userId: string, id: string): Promise<{ userId: string | null; question: QuestionResponse } | null> {
  const builtIn = findBuiltInQuestion(id);
  if (builtIn) return { userId: null, question: presentBuiltIn(builtIn) };
  if (!UUID.test(id)) return null;
  const [row] = await q.findQuestionsByIds(db, userId, [id]);
  return row ? { userId: row.userId, question: presentOwn(row) } : null;
}

export const createQuestion = async (db: DbOrTx, userId: string, text: string) => presentOwn(await q.insertQuestion(db, userId, text));

export async function updateQuestion(db: DbOrTx, userId: string, id: string, text: string) {
  if (isBuiltInQuestionId(id)) throw builtInRefused();
  const row = await q.updateQuestion(db, userId, id, text);
  return row && presentOwn(row);
}

/** Picks keep their text and notes: deleting a question from the bank never loses what was written. */
export async function deleteQuestion(db: DbOrTx, userId: string, id: string) {
  if (isBuiltInQuestionId(id)) throw builtInRefused();
  await q.deleteQuestion(db, userId, id);
}

const builtInRefused = () => conflict('built_in_question', 'Built-in questions cannot be changed or deleted; add your own instead.');

/**
 * The text of each picked question: built-ins and the caller's own questions from the bank, and
 * questions already picked on this interview (kept even after being deleted from the bank).
 * Anything else, someone else's question included, is a 400 on its field.
 */
export async function resolveQuestions(db: DbOrTx, userId: string, ids: string[], existing: q.PickRow[], path: string) {
  const texts = new Map<string, string>(existing.map((p) => [p.questionId, p.text]));
  const own = await q.findQuestionsByIds(db, userId, ids.filter((id) => UUID.test(id)));
  for (const r of own) texts.set(r.id, r.text);
  for (const id of ids) {
    const b = findBuiltInQuestion(id);
    if (b) texts.set(id, b.text);
  }
  const errors: FieldError[] = ids.flatMap((id, i) => (texts.has(id) ? [] : [{ path: path === 'questionIds' ? `${path}.${i}` : `${path}.${i}.questionId`, message: 'No such question' }]));
  if (errors.length > 0) throw badRequest(errors.length === 1 ? `${errors[0]!.path}: No such question` : `${errors.length} questions are unknown.`, errors);
  return texts;
}
