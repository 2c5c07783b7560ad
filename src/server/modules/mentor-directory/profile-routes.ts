import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { directoryEntry, directoryQuery, directoryResponse, facetsResponse, mentorProfileBody, mentorProfileResponse, suggestionsQuery, suggestionsResponse } from '../../../domain/mentor-directory/api';
import { idParams } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canMentorProfile } from '../../policies/index';
import type { AppDeps } from '../../app';
import * as profiles from './profile-service';
import * as directory from './directory-service';

const tags = ['mentor directory'];

/** Your mentor profile, and the directory of everyone who listed theirs. */
export const profileRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  const me = (req: Parameters<typeof requireActor>[0], action: 'read' | 'update' | 'delete') => {
    const actor = requireActor(req);
    allowOr404(canMentorProfile(actor, action, { userId: actor.userId, listed: false }), 'mentor profile');
    return actor.userId;
  };

  app.get('/mentor-profile', { schema: { tags, summary: 'Your mentor profile (exists: false until you save one); private until listed', response: { 200: mentorProfileResponse } } }, async (req) =>
    profiles.getOwnProfile(db, me(req, 'read')),
  );

  app.put('/mentor-profile', { schema: { tags, summary: 'Save your mentor profile; listed: true opts in to the directory, false withdraws', body: mentorProfileBody, response: { 200: mentorProfileResponse } } }, async (req) =>
    profiles.saveProfile(db, me(req, 'update'), req.body, new Date()),
  );

  app.delete('/mentor-profile', { schema: { tags, summary: 'Delete your mentor profile (your mentees and requests stay)', response: { 204: z.null() } } }, async (req, reply) => {
    await profiles.deleteProfile(db, me(req, 'delete'));
    return reply.code(204).send(null);
  });

  app.get('/mentor-directory', { schema: { tags, summary: 'Listed mentors, newest first: search text and filters, keyset paged', querystring: directoryQuery, response: { 200: directoryResponse } } }, async (req) =>
    directory.listDirectory(db, requireActor(req).userId, req.query),
  );

  app.get('/mentor-directory/facets', { schema: { tags, summary: 'The skills, challenges, industries, roles, languages and regions listed mentors named', response: { 200: facetsResponse } } }, async (req) => {
    requireActor(req);
    return directory.facets(db);
  });

  app.get(
    '/mentor-directory/suggestions',
    { schema: { tags, summary: 'Think outside the box: mentors unlike you (other industry; age band or gender when both stated them) with a skill you want', querystring: suggestionsQuery, response: { 200: suggestionsResponse } } },
    async (req) => directory.suggestions(db, requireActor(req).userId, req.query),
  );

  app.get('/mentor-directory/:id', { schema: { tags, summary: 'One listed mentor (or your own profile)', params: idParams, response: { 200: directoryEntry } } }, async (req) => {
    const actor = requireActor(req);
    const row = await directory.findProfile(db, req.params.id);
    allowOr404(row !== null && canMentorProfile(actor, 'read', row), 'mentor');
    return directory.directoryEntry(db, actor.userId, req.params.id);
  });
};
