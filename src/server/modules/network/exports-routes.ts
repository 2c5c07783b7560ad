import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { accountExportResponse } from '../../../domain/network/import-api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canContactImport } from '../../policies/index';
import type { AppDeps } from '../../app';
import * as svc from './exports-service';

const tags = ['exports'];
const fileResponse = (description: string) => ({ 200: z.string().meta({ description }) });

export const exportRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get(
    '/exports/contacts.csv',
    { schema: { tags, summary: 'All live contacts as CSV (re-importable with format=csv)', produces: ['text/csv'], response: fileResponse('text/csv') } },
    async (req, reply) => {
      const actor = requireActor(req);
      allowOr404(canContactImport(actor, 'export', { userId: actor.userId }), 'export');
      const body = await svc.exportContactsCsv(db, actor.userId);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="trellis-contacts.csv"')
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  app.get(
    '/exports/contacts.vcf',
    { schema: { tags, summary: 'All live contacts as vCard 4.0', produces: ['text/vcard'], response: fileResponse('text/vcard') } },
    async (req, reply) => {
      const actor = requireActor(req);
      allowOr404(canContactImport(actor, 'export', { userId: actor.userId }), 'export');
      const body = await svc.exportContactsVcard(db, actor.userId);
      return reply
        .type('text/vcard; charset=utf-8')
        .header('content-disposition', 'attachment; filename="trellis-contacts.vcf"')
        .header('cache-control', 'no-store')
        .send(body);
    },
  );

  app.get(
    '/exports/account.json',
    {
      schema: {
        tags,
        summary: 'Everything you own: profile, contacts, interactions with participants, import history',
        response: { 200: accountExportResponse },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      allowOr404(canContactImport(actor, 'export', { userId: actor.userId }), 'export');
      const body = await svc.exportAccount(db, actor.userId);
      return reply
        .header('content-disposition', 'attachment; filename="trellis-account.json"')
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
};
