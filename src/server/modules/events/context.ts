import type { FastifyRequest } from 'fastify';
import type { DbOrTx } from '../../db/client';
import type { MemberRole } from '../../../domain/programs/rules';
import { inAudience, membershipInAudience, type Audience } from '../../../domain/events/rules';
import { requireActor } from '../../auth/require-actor';
import { allowOr404 } from '../../policies/index';
import { membershipsIn, privacyViewer, programNameFor, programPeople, type ProgramMembership, type ProgramPerson } from '../programs/service';
import { canEvent, type EventPolicyAction } from './policy';
import * as q from './queries';

/** Who the caller is in a program, as the events room needs it (from the programs service). */
export type ProgramViewer = {
  userId: string;
  programId: string;
  programName: string;
  memberships: ProgramMembership[];
  roles: MemberRole[];
  isCoordinator: boolean;
  /** For guardians: the minors whose consent names them. */
  wards: ProgramPerson[];
};

export async function programViewer(db: DbOrTx, userId: string, programId: string): Promise<ProgramViewer | null> {
  const memberships = await membershipsIn(db, userId, programId);
  if (memberships.length === 0) return null;
  const programName = (await programNameFor(db, userId, programId)) ?? '';
  const roles = [...new Set(memberships.map((m) => m.role))];
  let wards: ProgramPerson[] = [];
  if (roles.includes('guardian')) {
    const { guardianOf } = await privacyViewer(db, userId, programId);
    if (guardianOf.size > 0) wards = (await programPeople(db, programId)).filter((p) => guardianOf.has(p.id));
  }
  return { userId, programId, programName, memberships, roles, isCoordinator: roles.includes('coordinator'), wards };
}

/** Invited yourself, or a guardian of an invited minor; coordinators always. */
export const invitedTo = (e: Audience, v: ProgramViewer) => v.isCoordinator || inAudience(e, v.memberships) || v.wards.some((w) => membershipInAudience(e, w));

export type EventContext = ProgramViewer & { event: q.EventRow; invited: boolean };

export async function eventContext(db: DbOrTx, userId: string, eventId: string, lock = false): Promise<EventContext | null> {
  const event = await q.findEvent(db, eventId, lock);
  if (!event) return null;
  const viewer = await programViewer(db, userId, event.programId);
  if (!viewer) return null;
  // A walk-in from outside the audience was there all the same: they see the event and who they met.
  const invited = invitedTo(event, viewer) || (await q.checkInsOf(db, [event.id], [userId])).length > 0;
  return { ...viewer, event, invited };
}

/** Authorise an action on an event; an event one may not see (or act on) answers 404. */
export async function eventGate(db: DbOrTx, req: FastifyRequest, eventId: string, action: EventPolicyAction) {
  const actor = requireActor(req);
  const ctx = await eventContext(db, actor.userId, eventId);
  allowOr404(ctx !== null && canEvent(actor, action, { userId: actor.userId, roles: ctx.roles, invited: ctx.invited }), 'event');
  return { actor, ctx: ctx! };
}

/** Authorise an action on a program's events. */
export async function programEventsGate(db: DbOrTx, req: FastifyRequest, programId: string, action: EventPolicyAction) {
  const actor = requireActor(req);
  const viewer = await programViewer(db, actor.userId, programId);
  allowOr404(viewer !== null && canEvent(actor, action, { userId: actor.userId, roles: viewer.roles, invited: true }), 'program');
  return { actor, viewer: viewer! };
}
