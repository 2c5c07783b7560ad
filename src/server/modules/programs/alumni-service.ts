import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { AlumniInvitationsResponse } from '../../../domain/programs/api';
import { alumniOf, cohortEnded } from '../../../domain/programs/outcomes';
import { todayIn } from '../../../domain/follow-through/local-time';
import { conflict, notFound } from '../../errors';
import { getUser } from '../accounts/service';
import { invite } from './invitations-service';
import * as q from './queries';

/**
 * Alumni → mentors: once a cohort has ended, its adult mentee alumni are invited, in one action,
 * to apply as mentors (the ordinary e-mailed mentor invitation). Minors are never asked; people who
 * already mentor in the program or hold an open mentor invitation are left out, so the action can
 * be repeated safely after new alumni join.
 */
export async function inviteAlumni(db: Db, config: Config, userId: string, programId: string, cohortId: string, now: Date): Promise<AlumniInvitationsResponse> {
  const cohort = (await q.listCohorts(db, programId)).find((c) => c.id === cohortId);
  if (!cohort) throw notFound('cohort');
  const today = todayIn((await getUser(db, userId)).timezone, now);
  if (!cohortEnded(cohort, today)) throw conflict('cohort_not_ended', `${cohort.name} ends on ${cohort.endsOn}; invite its alumni to mentor once it has ended.`);
  const members = await q.listMembers(db, programId, {}, null, 100_000);
  const mentorUsers = new Set(members.filter((m) => m.role === 'mentor').map((m) => m.userId));
  const invitations = await q.listInvitations(db, programId, 100_000);
  const open = new Set(invitations.filter((i) => i.role === 'mentor' && i.status === 'pending' && i.expiresAt > now).map((i) => i.email.toLowerCase()));
  const skipped = { minors: 0, alreadyMentors: 0, alreadyInvited: 0 };
  let invited = 0;
  const alumni = alumniOf(cohortId, members);
  const seen = new Set<string>();
  for (const a of alumni) {
    if (seen.has(a.userId)) continue;
    seen.add(a.userId);
    if (a.isMinor) skipped.minors += 1;
    else if (mentorUsers.has(a.userId)) skipped.alreadyMentors += 1;
    else if (open.has(a.email.toLowerCase())) skipped.alreadyInvited += 1;
    else {
      await invite(db, config, userId, programId, { email: a.email, role: 'mentor' }, now);
      open.add(a.email.toLowerCase());
      invited += 1;
    }
  }
  return { invited, skipped };
}
