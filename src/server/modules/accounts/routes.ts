import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  changePasswordBody,
  deleteAccountBody,
  loginBody,
  meResponse,
  sessionResponse,
  signupBody,
  updateMeBody,
} from '../../../domain/accounts/schemas';
import { SESSION_COOKIE } from '../../auth/session-store';
import { setSessionCookie } from '../../auth/session-cookie';
import { requireActor } from '../../auth/require-actor';
import { allowOr404, canAccount } from '../../policies/index';
import type { AppDeps } from '../../app';
import * as svc from './service';

const tags = ['accounts'];
const authRateLimit = { max: 20, timeWindow: '1 minute' };

const client = (req: FastifyRequest) => ({ ip: req.ip, userAgent: req.headers['user-agent'] });

export const accountRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, { db, config }) => {
  app.post(
    '/auth/signup',
    {
      config: { public: true, rateLimit: authRateLimit },
      schema: { tags, security: [], summary: 'Create an account and log in', body: signupBody, response: { 201: sessionResponse } },
    },
    async (req, reply) => {
      const { user, session } = await svc.signup(db, req.body, config.sessionTtlDays, client(req));
      setSessionCookie(req, reply, session.secret, session.expiresAt);
      return reply.code(201).send({ user: svc.presentUser(user), csrfToken: session.csrfToken });
    },
  );

  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: authRateLimit },
      schema: { tags, security: [], summary: 'Log in with e-mail and password', body: loginBody, response: { 200: sessionResponse } },
    },
    async (req, reply) => {
      const { user, session } = await svc.login(db, req.body, config.sessionTtlDays, client(req));
      setSessionCookie(req, reply, session.secret, session.expiresAt);
      return { user: svc.presentUser(user), csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags, summary: 'End the current session', response: { 204: z.null() } } },
    async (req, reply) => {
      const actor = requireActor(req);
      if (actor.sessionIdHash) await svc.logout(db, actor.sessionIdHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    { schema: { tags, summary: 'The current user (and the CSRF token for this session)', response: { 200: sessionResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canAccount(actor, 'read', { id: actor.userId }), 'account');
      const user = await svc.getUser(db, actor.userId);
      return { user: svc.presentUser(user), csrfToken: actor.csrfToken ?? '' };
    },
  );

  app.patch(
    '/me',
    { schema: { tags, summary: 'Update name or time zone', body: updateMeBody, response: { 200: meResponse } } },
    async (req) => {
      const actor = requireActor(req);
      allowOr404(canAccount(actor, 'update', { id: actor.userId }), 'account');
      return svc.presentUser(await svc.updateProfile(db, actor.userId, req.body));
    },
  );

  app.post(
    '/me/password',
    {
      config: { rateLimit: authRateLimit },
      schema: { tags, summary: 'Change password (ends other sessions)', body: changePasswordBody, response: { 204: z.null() } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      allowOr404(canAccount(actor, 'change_password', { id: actor.userId }), 'account');
      await svc.changePassword(db, actor.userId, req.body, actor.sessionIdHash);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/me',
    {
      config: { rateLimit: authRateLimit },
      schema: { tags, summary: 'Delete the account and all its data', body: deleteAccountBody, response: { 204: z.null() } },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      allowOr404(canAccount(actor, 'delete', { id: actor.userId }), 'account');
      await svc.deleteAccount(db, actor.userId, req.body.password);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );
};
