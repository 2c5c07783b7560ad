import type { DbOrTx } from '../../db/client';
import { isEndStage, type Stage } from '../../../domain/interviews/index';
import * as q from './queries';

/** Moves an interview and records the move in its stage history. */
export async function setStage(tx: DbOrTx, userId: string, row: q.InterviewRow, to: Stage, now: Date, extra: Partial<q.InterviewValues> = {}, reason: string | null = null) {
  await q.updateInterview(tx, userId, row.id, { ...extra, stage: to, previousStage: isEndStage(to) ? row.stage : null, stageChangedAt: now });
  await q.insertStageEvent(tx, userId, { interviewId: row.id, fromStage: row.stage, toStage: to, reason, at: now });
}
