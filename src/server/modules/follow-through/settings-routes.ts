import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { followThroughSettingsResponse, updateFollowThroughSettingsBody } from '../../../domain/follow-through/api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canFollowUp } from '../../policies/index';
import type { AppDeps } from '../../app';
import * as svc from './settings-service';

const tags = ['follow-through'];

export const followThroughSettingsRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/follow-through/settings',
    { schema: { tags, summary: 'Digest, week start, circle cadences and occasion lead time', response: { 200: followThroughSettingsResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canFollowUp(actor, 'list', { userId: actor.userId }), 'settings');
      return svc.getSettings(db, actor.userId);
    },
  );

  app.patch(
    '/follow-through/settings',
    {
      schema: {
        tags,
        summary: 'Change follow-through settings (a circle set to null gets no keep-in-touch reminders)',
        body: updateFollowThroughSettingsBody,
        response: { 200: followThroughSettingsResponse },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canFollowUp(actor, 'list', { userId: actor.userId }), 'settings');
      return svc.updateSettings(db, actor.userId, req.body);
    },
  );
};
