import type { DbOrTx } from '../../db/client';
import { isEndStage, type Stage } from '../../../domain/interviews/index';
import type { StageSnapshot } from '../../db/schema/interviews';
import * as q from './queries';

/** The fields a move may change, as they were before it: what undoing the move puts back. */
export const snapshotOf = (row: q.InterviewRow): StageSnapshot => ({
  stage: row.stage,
  previousStage: row.previousStage,
  scheduledAt: row.scheduledAt?.toISOString() ?? null,
  heldAt: row.heldAt?.toISOString() ?? null,
  followUpOn: row.followUpOn,
  location: row.location,
  closedReason: row.closedReason,
  interactionId: row.interactionId,
  starred: row.starred,
  starredContact: row.starredContact,
  stageChangedAt: row.stageChangedAt.toISOString(),
});

/** Moves an interview and records the move in its stage history, with what it was before. */
export async function setStage(tx: DbOrTx, userId: string, row: q.InterviewRow, to: Stage, now: Date, extra: Partial<q.InterviewValues> = {}, reason: string | null = null) {
  await q.updateInterview(tx, userId, row.id, { ...extra, stage: to, previousStage: isEndStage(to) ? row.stage : null, stageChangedAt: now });
  await q.insertStageEvent(tx, userId, { interviewId: row.id, fromStage: row.stage, toStage: to, reason, at: now, before: snapshotOf(row) });
}
