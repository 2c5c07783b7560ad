import type { z } from 'zod';
import type { Db, DbOrTx } from '../../db/client';
import type { ApplicationResponse, applicationBody, listQuery, screeningBody } from '../../../domain/programs/api';
import { screeningMissing } from '../../../domain/programs/rules';
import { notFound } from '../../errors';
import { decodeCursor, pageOf } from '../network/cursor';
import * as q from './queries';
import { tellApplicantIfCleared } from './inbox-news';

const ORDER = 'mentor-applications';

function present(a: q.ApplicationRow & { mentorName: string }): ApplicationResponse {
  const missing = screeningMissing(a);
  return {
    id: a.id,
    programId: a.programId,
    memberId: a.memberId,
    mentorName: a.mentorName,
    motivation: a.motivation,
    skills: a.skills,
    industries: a.industries,
    jobRole: a.jobRole,
    languages: a.languages,
    availability: a.availability,
    timeZone: a.timeZone,
    preferredStages: a.preferredStages as ApplicationResponse['preferredStages'],
    capacity: a.capacity,
    backgroundCheck: a.backgroundCheck as ApplicationResponse['backgroundCheck'],
    trainingCompletedOn: a.trainingCompletedOn,
    references: a.references,
    screeningNotes: a.screeningNotes,
    screened: missing.length === 0,
    screeningMissing: missing,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

/** Applying again updates the application; screening already recorded stays. */
export async function apply(db: Db, programId: string, mentorMemberId: string, body: z.output<typeof applicationBody>) {
  return db.transaction(async (tx) => {
    const row = await q.upsertApplication(tx, programId, mentorMemberId, {
      motivation: body.motivation,
      skills: body.skills,
      industries: body.industries,
      jobRole: body.jobRole ?? null,
      languages: body.languages,
      availability: body.availability,
      timeZone: body.timeZone ?? null,
      preferredStages: body.preferredStages,
      capacity: body.capacity,
    });
    const found = await q.findApplication(tx, programId, row.id);
    return present(found!);
  });
}

export async function listApplications(db: DbOrTx, programId: string, query: z.output<typeof listQuery>) {
  const after = decodeCursor(query.cursor, ORDER, 'instant', false);
  const rows = await q.listApplications(db, programId, after, query.limit + 1);
  const page = pageOf(rows, query.limit, ORDER);
  return { items: page.items.map(present), nextCursor: page.nextCursor };
}

export const findApplication = (db: DbOrTx, programId: string, id: string) => q.findApplication(db, programId, id);
export const programOfApplication = (db: DbOrTx, userId: string, id: string) => q.programOfApplication(db, userId, id);

export async function getApplication(db: DbOrTx, programId: string, id: string) {
  const a = await q.findApplication(db, programId, id);
  if (!a) throw notFound('application');
  return present(a);
}

export async function screen(db: Db, programId: string, id: string, body: z.output<typeof screeningBody>) {
  return db.transaction(async (tx) => {
    const row = await q.updateScreening(tx, programId, id, {
      backgroundCheck: body.backgroundCheck,
      trainingCompletedOn: body.trainingCompletedOn,
      references: body.references,
      screeningNotes: body.screeningNotes ?? null,
    });
    if (!row) throw notFound('application');
    await tellApplicantIfCleared(tx, programId, id);
    return present((await q.findApplication(tx, programId, id))!);
  });
}
