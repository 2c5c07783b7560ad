import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams } from '../../../domain/accounts/schemas';
import {
  cohortResponse,
  createCohortBody,
  createInvitationBody,
  createOrganizationBody,
  createProgramBody,
  healthResponse,
  invitationListResponse,
  invitationPreview,
  invitationResponse,
  listQuery,
  organizationListResponse,
  organizationResponse,
  programListResponse,
  programResponse,
  tokenParams,
  updateProgramBody,
} from '../../../domain/programs/api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canOrganization, canProgram } from '../../policies/index';
import type { AppDeps } from '../../app';
import { programAccess } from './access';
import { programGate } from './gate';
import * as svc from './programs-service';
import * as inv from './invitations-service';
import { programHealth } from './health-service';

const tags = ['programs'];

export const programRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.get('/organizations', { schema: { tags, summary: 'Organisations you coordinate, oldest first (keyset paged)', querystring: listQuery, response: { 200: organizationListResponse } } }, async (req) => {
    const actor = requireActor(req);
    allowOr404(canOrganization(actor, 'list', null), 'organization');
    return svc.listOrganizations(db, actor.userId, req.query);
  });

  app.post('/organizations', { schema: { tags, summary: 'Start an organisation; you become its coordinator', body: createOrganizationBody, response: { 201: organizationResponse } } }, async (req, reply) => {
    const actor = requireActor(req);
    allowOr404(canOrganization(actor, 'create', null), 'organization');
    return reply.code(201).send(await svc.createOrganization(db, actor.userId, req.body.name));
  });

  app.post(
    '/organizations/:id/programs',
    { schema: { tags, summary: 'Add a program to an organisation you coordinate; you coordinate the program', params: idParams, body: createProgramBody, response: { 201: programResponse } } },
    async (req, reply) => {
      const actor = requireActor(req);
      const org = await svc.findCoordinatedOrganization(db, actor.userId, req.params.id);
      allowOr404(canOrganization(actor, 'create_program', org ? { coordinatorUserIds: [actor.userId] } : null), 'organization');
      return reply.code(201).send(await svc.createProgram(db, actor.userId, req.params.id, req.body));
    },
  );

  app.get('/programs', { schema: { tags, summary: 'Programs you hold a role in, newest first (keyset paged)', querystring: listQuery, response: { 200: programListResponse } } }, async (req) => {
    const actor = requireActor(req);
    allowOr404(canProgram(actor, 'list', { userId: actor.userId, roles: [] }), 'program');
    return svc.listPrograms(db, actor.userId, req.query);
  });

  app.get('/programs/:id', { schema: { tags, summary: 'A program: cohorts, your roles and your published matches', params: idParams, response: { 200: programResponse } } }, async (req) => {
    const { actor } = await programGate(db, req, req.params.id, 'read');
    return svc.getProgram(db, actor.userId, req.params.id);
  });

  app.patch('/programs/:id', { schema: { tags, summary: 'Rename or describe a program (coordinators)', params: idParams, body: updateProgramBody, response: { 200: programResponse } } }, async (req) => {
    const { actor } = await programGate(db, req, req.params.id, 'update');
    return svc.updateProgram(db, actor.userId, req.params.id, req.body);
  });

  app.post('/programs/:id/cohorts', { schema: { tags, summary: 'Add a cohort (coordinators)', params: idParams, body: createCohortBody, response: { 201: cohortResponse } } }, async (req, reply) => {
    await programGate(db, req, req.params.id, 'add_cohort');
    return reply.code(201).send(await svc.createCohort(db, req.params.id, req.body));
  });

  app.get('/programs/:id/health', { schema: { tags, summary: 'Program health: matches, unmatched mentees, screening pipeline (coordinators)', params: idParams, response: { 200: healthResponse } } }, async (req) => {
    const { actor } = await programGate(db, req, req.params.id, 'read_health');
    return programHealth(db, req.params.id, actor.userId, new Date());
  });

  app.post(
    '/programs/:id/invitations',
    { schema: { tags, summary: 'Invite someone by e-mail with a role (coordinators); the mail carries a one-use link', params: idParams, body: createInvitationBody, response: { 201: invitationResponse } } },
    async (req, reply) => {
      const { actor } = await programGate(db, req, req.params.id, 'invite');
      return reply.code(201).send(await inv.invite(db, config, actor.userId, req.params.id, req.body, new Date()));
    },
  );

  app.get('/programs/:id/invitations', { schema: { tags, summary: 'Invitations sent for this program (coordinators)', params: idParams, response: { 200: invitationListResponse } } }, async (req) => {
    await programGate(db, req, req.params.id, 'invite');
    return inv.listInvitations(db, req.params.id);
  });

  app.delete('/program-invitations/:id', { schema: { tags, summary: 'Revoke a pending invitation (coordinators)', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    const actor = requireActor(req);
    const programId = await inv.programOfInvitation(db, actor.userId, req.params.id);
    const access = programId ? await programAccess(db, actor.userId, programId) : { userId: actor.userId, roles: [] };
    allowOr404(programId !== null && canProgram(actor, 'invite', access), 'invitation');
    await inv.revokeInvitation(db, programId!, req.params.id);
    return reply.code(204).send(null);
  });

  // The secret token is the credential (like a password-reset link); a session is still required to join.
  app.get('/invitations/:token', { schema: { tags, summary: 'What an invitation offers, before accepting it', params: tokenParams, response: { 200: invitationPreview } } }, async (req) => {
    const actor = requireActor(req);
    return inv.previewInvitation(db, actor.userId, req.params.token);
  });

  app.post('/invitations/:token/accept', { schema: { tags, summary: 'Join the program with the invited role (one use)', params: tokenParams, response: { 200: z.object({ programId: z.string() }) } } }, async (req) => {
    const actor = requireActor(req);
    return inv.acceptInvitation(db, actor.userId, req.params.token, new Date());
  });
};
