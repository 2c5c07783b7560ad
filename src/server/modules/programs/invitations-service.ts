import type { z } from 'zod';
import type { Config } from '../../config';
import type { Db, DbOrTx } from '../../db/client';
import type { createInvitationBody } from '../../../domain/programs/api';
import type { MemberRole } from '../../../domain/programs/rules';
import { randomToken, sha256 } from '../../auth/secrets';
import { badRequest, notFound, ProblemError } from '../../errors';
import { getUser } from '../accounts/service';
import { invitationMailStatus, sendInvitationMail } from './invitation-mail';
import * as q from './queries';
import { tellInviterAccepted } from './inbox-news';
import { joinProgram } from './members-service';

const INVITATION_DAYS = 30;
const ROLE_WORDS: Record<MemberRole, string> = { coordinator: 'a coordinator', mentor: 'a mentor', mentee: 'a mentee', guardian: 'a guardian' };

async function present(db: DbOrTx, inv: q.InvitationRow) {
  return {
    id: inv.id,
    programId: inv.programId,
    email: inv.email,
    role: inv.role as MemberRole,
    cohortId: inv.cohortId,
    status: inv.status as 'pending' | 'accepted' | 'revoked',
    mailStatus: await invitationMailStatus(db, inv.id),
    expiresAt: inv.expiresAt.toISOString(),
    createdAt: inv.createdAt.toISOString(),
  };
}

/**
 * The invitation row commits first; the mail goes out after, so a mail failure never loses the
 * invitation (its mailStatus says `failed`, and the coordinator can revoke and invite again).
 */
export async function invite(db: Db, config: Config, userId: string, programId: string, body: z.output<typeof createInvitationBody>, now: Date) {
  const token = randomToken(32);
  const { inv, programName, orgName } = await db.transaction(async (tx) => {
    const found = await q.findProgramForUser(tx, userId, programId);
    if (!found) throw notFound('program');
    if (body.cohortId) {
      const cohorts = await q.listCohorts(tx, programId);
      if (!cohorts.some((c) => c.id === body.cohortId)) throw badRequest('cohortId: No such cohort in this program', [{ path: 'cohortId', message: 'No such cohort in this program' }]);
    }
    const inv = await q.insertInvitation(tx, {
      programId,
      email: body.email,
      role: body.role,
      cohortId: body.cohortId ?? null,
      isMinor: body.role === 'mentee' ? (body.isMinor ?? found.program.participantsAreMinors) : false,
      tokenHash: sha256(token),
      invitedBy: userId,
      expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
    });
    return { inv, programName: found.program.name, orgName: found.org.name };
  });
  const inviter = await getUser(db, userId);
  const link = `${config.publicUrl}/invitations/${token}`;
  const text = [
    `Hello,`,
    ``,
    `${inviter.name} invites you to join "${programName}" (${orgName}) on Trellis as ${ROLE_WORDS[body.role]}.`,
    ``,
    `Accept the invitation (sign in or create an account first): ${link}`,
    ``,
    `The link works once and expires in ${INVITATION_DAYS} days. If you did not expect this, you can ignore this e-mail.`,
  ].join('\n');
  await sendInvitationMail(db, config, { invitationId: inv.id, coordinatorUserId: userId, to: body.email, subject: `Invitation to ${programName} on Trellis`, text });
  return present(db, inv);
}

export async function listInvitations(db: DbOrTx, programId: string) {
  const rows = await q.listInvitations(db, programId, 200);
  return { items: await Promise.all(rows.map((r) => present(db, r))), nextCursor: null };
}

export const programOfInvitation = (db: DbOrTx, userId: string, id: string) => q.programOfInvitation(db, userId, id);

export async function revokeInvitation(db: DbOrTx, programId: string, id: string) {
  const inv = await q.findInvitation(db, programId, id);
  if (!inv) throw notFound('invitation');
  if (inv.status === 'pending') await q.setInvitationStatus(db, id, { status: 'revoked' });
}

/** A used, revoked, expired or made-up token all answer 404 alike. */
export async function previewInvitation(db: DbOrTx, userId: string, token: string) {
  const found = await q.findPendingInvitationByHash(db, sha256(token));
  if (!found) throw notFound('invitation');
  const mine = await q.myMemberships(db, userId, found.program.id);
  const me = await getUser(db as Db, userId);
  return {
    signedInAs: me.email,
    emailMatches: sameEmail(me.email, found.inv.email),
    programId: found.program.id,
    programName: found.program.name,
    organizationName: found.org.name,
    role: found.inv.role as MemberRole,
    email: found.inv.email,
    alreadyMember: mine.some((m) => m.role === found.inv.role),
  };
}

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The link may be forwarded or opened while signed in as someone else: only the account with the
 * invited address may use it (403 with the reason; the token itself already proved the invitation exists).
 */
const wrongAccount = (invited: string, signedIn: string) =>
  new ProblemError(403, 'invitation_for_another_email', 'This invitation is for another e-mail address', `This invitation was sent to ${invited}, but you are signed in as ${signedIn}. Sign out and sign in (or sign up) with ${invited} to accept it.`);

/** Joining with the invited role; one use only, and only by the account with the invited e-mail. */
export async function acceptInvitation(db: Db, userId: string, token: string, now: Date) {
  return db.transaction(async (tx) => {
    const found = await q.findPendingInvitationByHash(tx, sha256(token), true);
    if (!found) throw notFound('invitation');
    const { inv } = found;
    const me = await getUser(tx as unknown as Db, userId);
    if (!sameEmail(me.email, inv.email)) throw wrongAccount(inv.email, me.email);
    await joinProgram(tx, { programId: inv.programId, userId, role: inv.role, cohortId: inv.cohortId, isMinor: inv.isMinor });
    await q.setInvitationStatus(tx, inv.id, { status: 'accepted', acceptedBy: userId, acceptedAt: now });
    await tellInviterAccepted(tx, inv, userId);
    return { programId: inv.programId };
  });
}
