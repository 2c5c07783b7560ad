import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParams, listOf, sessionInfoResponse } from '../../../domain/accounts/schemas';
import { requireActor } from '../../auth/require-actor';
import { deleteSessionByPublicId, listSessions } from '../../auth/session-store';
import { allowOr404, canSession } from '../../policies/index';
import type { AppDeps } from '../../app';

const tags = ['sessions'];

export const sessionRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/sessions',
    { schema: { tags, summary: 'Where you are logged in', response: { 200: listOf(sessionInfoResponse) } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canSession(actor, 'list', { userId: actor.userId }), 'session');
      const rows = await listSessions(db, actor.userId);
      return {
        items: rows.map((s) => ({
          id: s.publicId,
          current: s.idHash === actor.sessionIdHash,
          userAgent: s.userAgent,
          createdAt: s.createdAt.toISOString(),
          lastSeenAt: s.lastSeenAt.toISOString(),
          expiresAt: s.expiresAt.toISOString(),
        })),
        nextCursor: null,
      };
    },
  );

  app.delete(
    '/sessions/:id',
    { schema: { tags, summary: 'Log out a session', params: idParams, response: { 204: z.null() } } },
    async (req, reply) => {
      const actor = requireActor(req);
      allowOr404(canSession(actor, 'revoke', { userId: actor.userId }), 'session');
      // Scoped to the caller: another user's session id is simply not found.
      const removed = await deleteSessionByPublicId(db, actor.userId, req.params.id);
      allowOr404(removed, 'session');
      return reply.code(204).send(null);
    },
  );
};
