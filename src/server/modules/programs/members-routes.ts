import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idParams } from '../../../domain/accounts/schemas';
import {
  applicationBody,
  applicationListResponse,
  applicationResponse,
  guardianConsentBody,
  listQuery,
  memberListResponse,
  memberResponse,
  membersQuery,
  screeningBody,
  updateMemberBody,
} from '../../../domain/programs/api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canMentorApplication, canProgramMember, type MentorApplicationPolicyAction, type ProgramMemberPolicyAction } from '../../policies/index';
import { conflict } from '../../errors';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import { noAccess, programAccess } from './access';
import { programGate } from './gate';
import { viewerIn } from './viewer';
import * as members from './members-service';
import * as apps from './applications-service';

const tags = ['programs'];

async function memberGate(db: Db, req: FastifyRequest, memberId: string, action: ProgramMemberPolicyAction) {
  const actor = requireActor(req);
  const programId = await members.programOfMember(db, actor.userId, memberId);
  const access = programId ? await programAccess(db, actor.userId, programId) : noAccess(actor.userId);
  const member = programId ? await members.findMember(db, programId, memberId) : null;
  const viewer = programId ? await viewerIn(db, programId, access) : null;
  const visible = viewer?.visibleMemberIds === null || (viewer?.visibleMemberIds?.has(memberId) ?? false);
  allowOr404(member !== null && canProgramMember(actor, action, { access, member, visible }) && (action === 'read' || visible), 'member');
  return { actor, programId: programId!, viewer: viewer! };
}

async function applicationGate(db: Db, req: FastifyRequest, id: string, action: MentorApplicationPolicyAction) {
  const actor = requireActor(req);
  const programId = await apps.programOfApplication(db, actor.userId, id);
  const access = programId ? await programAccess(db, actor.userId, programId) : noAccess(actor.userId);
  const found = programId ? await apps.findApplication(db, programId, id) : null;
  allowOr404(found !== null && canMentorApplication(actor, action, { access, applicantUserId: found.userId }), 'application');
  return { actor, programId: programId! };
}

export const programMemberRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/programs/:id/members',
    { schema: { tags, summary: 'Members you may see (coordinators see everyone); minors’ contact details only where the privacy rule allows', params: idParams, querystring: membersQuery, response: { 200: memberListResponse } } },
    async (req) => {
      const { access } = await programGate(db, req, req.params.id, 'list_members');
      return members.listMembers(db, await viewerIn(db, req.params.id, access), req.params.id, req.query);
    },
  );

  app.get('/program-members/:id', { schema: { tags, summary: 'One member', params: idParams, response: { 200: memberResponse } } }, async (req) => {
    const { programId, viewer } = await memberGate(db, req, req.params.id, 'read');
    return members.getMember(db, viewer, programId, req.params.id);
  });

  app.patch(
    '/program-members/:id',
    { schema: { tags, summary: 'Update a member: your own profile, or (coordinators) cohort, minor flag and recorded manager', params: idParams, body: updateMemberBody, response: { 200: memberResponse } } },
    async (req) => {
      const { programId, viewer } = await memberGate(db, req, req.params.id, 'update');
      return members.updateMember(db, viewer, programId, req.params.id, req.body, new Date());
    },
  );

  app.delete('/program-members/:id', { schema: { tags, summary: 'Remove a member from the program (coordinators)', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    const { programId } = await memberGate(db, req, req.params.id, 'remove');
    await members.removeMember(db, programId, req.params.id);
    return reply.code(204).send(null);
  });

  app.put(
    '/program-members/:id/guardian-consent',
    { schema: { tags, summary: 'Record a guardian’s consent for a mentee (coordinators)', params: idParams, body: guardianConsentBody, response: { 200: memberResponse } } },
    async (req) => {
      const { actor, programId, viewer } = await memberGate(db, req, req.params.id, 'record_consent');
      return members.recordConsent(db, viewer, actor.userId, programId, req.params.id, req.body);
    },
  );

  app.delete('/program-members/:id/guardian-consent', { schema: { tags, summary: 'Withdraw a recorded consent (coordinators)', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    const { programId } = await memberGate(db, req, req.params.id, 'record_consent');
    await members.withdrawConsent(db, programId, req.params.id);
    return reply.code(204).send(null);
  });

  app.put(
    '/programs/:id/application',
    { schema: { tags, summary: 'Apply (or update your application) to mentor in this program (mentor members)', params: idParams, body: applicationBody, response: { 200: applicationResponse } } },
    async (req) => {
      const { access } = await programGate(db, req, req.params.id, 'apply');
      const mentor = access.memberships.find((m) => m.role === 'mentor');
      if (!mentor) throw conflict('not_a_mentor', 'Join the program as a mentor first.');
      return apps.apply(db, req.params.id, mentor.id, req.body);
    },
  );

  app.get(
    '/programs/:id/applications',
    { schema: { tags, summary: 'Mentor applications with their screening (coordinators)', params: idParams, querystring: listQuery, response: { 200: applicationListResponse } } },
    async (req) => {
      await programGate(db, req, req.params.id, 'list_applications');
      return apps.listApplications(db, req.params.id, req.query);
    },
  );

  app.get('/mentor-applications/:id', { schema: { tags, summary: 'One application (the applicant or coordinators)', params: idParams, response: { 200: applicationResponse } } }, async (req) => {
    const { programId } = await applicationGate(db, req, req.params.id, 'read');
    return apps.getApplication(db, programId, req.params.id);
  });

  app.put(
    '/mentor-applications/:id/screening',
    { schema: { tags, summary: 'Record screening: background check, training, references (coordinators)', params: idParams, body: screeningBody, response: { 200: applicationResponse } } },
    async (req) => {
      const { programId } = await applicationGate(db, req, req.params.id, 'screen');
      return apps.screen(db, programId, req.params.id, req.body);
    },
  );
};
