import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  createTemplateBody,
  renderedTemplateResponse,
  renderTemplateBody,
  templateIdParams,
  templateListResponse,
  templateResponse,
  updateTemplateBody,
  type TemplateResponse,
} from '../../../domain/follow-through/api';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canMessageTemplate, type MessageTemplateAction } from '../../policies/index';
import type { AppDeps } from '../../app';
import type { Db } from '../../db/client';
import * as svc from './templates-service';

const tags = ['templates'];

async function guarded(db: Db, req: FastifyRequest, id: string, action: MessageTemplateAction): Promise<{ userId: string; template: TemplateResponse }> {
  const actor = requireActor(req);
  const template = await svc.findTemplate(db, actor.userId, id);
  allowOr404(template !== null && canMessageTemplate(actor, action, { userId: template.builtIn ? null : actor.userId }), 'template');
  return { userId: actor.userId, template: template! };
}

export const templateRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db }) => {
  app.get('/templates', { schema: { tags, summary: 'Built-in templates (with your edits) and your own', response: { 200: templateListResponse } } }, async (req) => {
    const actor = requireActor(req);
    allowOr404(canMessageTemplate(actor, 'list', { userId: actor.userId }), 'template');
    return { items: await svc.listTemplates(db, actor.userId), nextCursor: null };
  });

  app.post('/templates', { schema: { tags, summary: 'Create a template', body: createTemplateBody, response: { 201: templateResponse } } }, async (req, reply) => {
    const actor = requireActor(req);
    allowOr404(canMessageTemplate(actor, 'create', { userId: actor.userId }), 'template');
    return reply.code(201).send(await svc.createTemplate(db, actor.userId, req.body));
  });

  app.get('/templates/:id', { schema: { tags, summary: 'One template', params: templateIdParams, response: { 200: templateResponse } } }, async (req) => {
    return (await guarded(db, req, req.params.id, 'read')).template;
  });

  app.patch(
    '/templates/:id',
    { schema: { tags, summary: 'Edit a template (editing a built-in keeps your version beside the original)', params: templateIdParams, body: updateTemplateBody, response: { 200: templateResponse } } },
    async (req) => {
      const { userId, template } = await guarded(db, req, req.params.id, 'update');
      return svc.updateTemplate(db, userId, template, req.body);
    },
  );

  app.delete('/templates/:id', { schema: { tags, summary: 'Delete a custom template', params: templateIdParams, response: { 204: z.null() } } }, async (req, reply) => {
    const { userId, template } = await guarded(db, req, req.params.id, 'delete');
    await svc.deleteTemplate(db, userId, template);
    return reply.code(204).send(null);
  });

  app.post('/templates/:id/reset', { schema: { tags, summary: 'Bring back the original of a built-in template', params: templateIdParams, response: { 200: templateResponse } } }, async (req) => {
    const { userId, template } = await guarded(db, req, req.params.id, 'reset');
    return svc.resetTemplate(db, userId, template);
  });

  app.post(
    '/templates/:id/render',
    {
      schema: {
        tags,
        summary: 'Fill merge fields from a contact and/or a follow-up (fields override); returns the text and a mailto: link',
        params: templateIdParams,
        body: renderTemplateBody,
        response: { 200: renderedTemplateResponse },
      },
    },
    async (req) => {
      const { userId, template } = await guarded(db, req, req.params.id, 'render');
      return svc.renderForUser(db, userId, template, req.body);
    },
  );
};
