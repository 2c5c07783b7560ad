import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { idParams } from '../../../domain/accounts/schemas';
import { createListingBody, interestBody, listingListResponse, listingResponse, matchedListResponse, matchedQuery, programListingsQuery, updateListingBody } from '../../../domain/job-board/api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canJobListing, type JobListingPolicyAction } from '../../policies/index';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import * as svc from './service';

const tags = ['job board'];

/** The caller's program context for a program-level action; 404 unless they may. */
async function programOf(db: Db, req: FastifyRequest, programId: string, action: JobListingPolicyAction) {
  const actor = requireActor(req);
  const ctx = await svc.contextOf(db, actor.userId, programId);
  allowOr404(ctx !== null && canJobListing(actor, action, { userId: actor.userId, roles: ctx.roles }), 'program');
  return { userId: actor.userId, ctx: ctx! };
}

/** A listing the caller can see, then the action on it; 404 otherwise. */
async function listingOf(db: Db, req: FastifyRequest, id: string, action: JobListingPolicyAction, now: Date) {
  const actor = requireActor(req);
  const today = await svc.todayOf(db, actor.userId, now);
  const found = await svc.findVisible(db, actor.userId, id, today);
  allowOr404(found !== null && canJobListing(actor, action, { userId: actor.userId, roles: found.ctx.roles, postedByMe: found.postedByMe, visible: true }), 'job listing');
  return { userId: actor.userId, found: found!, today };
}

export const jobBoardRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.post(
    '/programs/:id/job-listings',
    { schema: { tags, summary: 'Post a listing (mentors and coordinators); in a program with minors a mentor’s listing waits for a coordinator’s approval', params: idParams, body: createListingBody, response: { 201: listingResponse } } },
    async (req, reply) => {
      const { userId, ctx } = await programOf(db, req, req.params.id, 'create');
      return reply.code(201).send(await svc.createListing(db, userId, ctx, req.body, new Date()));
    },
  );

  app.get(
    '/programs/:id/job-listings',
    { schema: { tags, summary: 'A program’s listings, newest first: open (approved), pending, closed, or mine; pending and closed show coordinators all and others their own', params: idParams, querystring: programListingsQuery, response: { 200: listingListResponse } } },
    async (req) => {
      const { userId, ctx } = await programOf(db, req, req.params.id, 'list');
      return svc.listProgramListings(db, userId, ctx, req.query, new Date());
    },
  );

  app.get(
    '/job-listings/matched',
    { schema: { tags, summary: 'Open listings of your programs, best match with your goals first, each with why it matches', querystring: matchedQuery, response: { 200: matchedListResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canJobListing(actor, 'list', { userId: actor.userId, roles: ['mentee'] }), 'job listing');
      return svc.matchedListings(db, actor.userId, req.query, new Date());
    },
  );

  app.get('/job-listings/:id', { schema: { tags, summary: 'One listing', params: idParams, response: { 200: listingResponse } } }, async (req) => {
    const { userId, found, today } = await listingOf(db, req, req.params.id, 'read', new Date());
    return svc.getListing(db, userId, found, today);
  });

  app.patch(
    '/job-listings/:id',
    { schema: { tags, summary: 'Edit, close (status: closed) or reopen a listing (its poster or a coordinator)', params: idParams, body: updateListingBody, response: { 200: listingResponse } } },
    async (req) => {
      const now = new Date();
      const { userId } = await listingOf(db, req, req.params.id, 'update', now);
      return svc.updateListing(db, userId, req.params.id, req.body, now);
    },
  );

  app.delete('/job-listings/:id', { schema: { tags, summary: 'Delete a listing (its poster or a coordinator)', params: idParams, response: { 204: z.null() } } }, async (req, reply) => {
    const now = new Date();
    const { userId } = await listingOf(db, req, req.params.id, 'delete', now);
    await svc.deleteListing(db, userId, req.params.id, now);
    return reply.code(204).send(null);
  });

  app.post('/job-listings/:id/approve', { schema: { tags, summary: 'Approve a mentor’s listing so mentees see it (coordinators)', params: idParams, response: { 200: listingResponse } } }, async (req) => {
    const now = new Date();
    const { userId } = await listingOf(db, req, req.params.id, 'approve', now);
    return svc.approveListing(db, userId, req.params.id, now);
  });

  app.put(
    '/job-listings/:id/interest',
    { schema: { tags, summary: 'Save a listing, mark it applied (a follow-up lands on your Today in a week), or clear your mark (state: null)', params: idParams, body: interestBody, response: { 200: listingResponse } } },
    async (req) => {
      const now = new Date();
      const { userId } = await listingOf(db, req, req.params.id, 'mark', now);
      return svc.markListing(db, userId, req.params.id, req.body.state, now);
    },
  );
};
