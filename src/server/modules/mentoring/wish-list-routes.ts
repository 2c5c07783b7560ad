import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { wishListBody, wishListResponse, wishListTokenParams } from '../../../domain/mentoring/api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canMentorship } from '../../policies/index';
import { conflict } from '../../errors';
import type { AppDeps } from '../../app';
import * as svc from './wish-list-service';
import { wishListPage } from './wish-list-page';

const tags = ['mentor wish list'];

export const wishListRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  const me = (req: Parameters<typeof requireActor>[0]) => {
    const actor = requireActor(req);
    allowOr404(canMentorship(actor, 'read', { userId: actor.userId }), 'wish list');
    return actor.userId;
  };

  app.get('/mentor-wish-list', { schema: { tags, summary: 'What kind of mentor you are looking for, its share link and the introduction e-mail', response: { 200: wishListResponse } } }, async (req) =>
    svc.getWishList(db, config, me(req)),
  );

  app.put('/mentor-wish-list', { schema: { tags, summary: 'Save the wish list (the first save creates its share link)', body: wishListBody, response: { 200: wishListResponse } } }, async (req) =>
    svc.saveWishList(db, config, me(req), req.body),
  );

  app.post('/mentor-wish-list/rotate', { schema: { tags, summary: 'A new share link; the old one stops working (409 before the first save)', response: { 200: wishListResponse } } }, async (req) => {
    const rotated = await svc.rotateWishListLink(db, config, me(req));
    if (!rotated) throw conflict('no_wish_list', 'Save your wish list before sharing it.');
    return rotated;
  });

  // Public: trusted colleagues open it from the e-mail without an account; the secret is the credential.
  app.get(
    '/wish-list/:token',
    { config: { public: true }, schema: { tags, summary: 'The read-only wish-list page (HTML); unknown token → 404', params: wishListTokenParams } },
    async (req, reply) => {
      const found = await svc.findPublicWishList(db, req.params.token);
      reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex');
      return reply.code(found ? 200 : 404).send(wishListPage(found));
    },
  );
};
