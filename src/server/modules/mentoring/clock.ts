import type { Db, DbOrTx } from '../../db/client';
import { todayIn } from '../../../domain/follow-through/index';
import { getUser } from '../accounts/service';

/** The user's local date: due dates, review dates and "held on" are local days. */
export async function todayFor(db: DbOrTx, userId: string, now: Date) {
  const user = await getUser(db as Db, userId);
  return todayIn(user.timezone, now);
}
