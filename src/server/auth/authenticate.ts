import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError, unauthorized } from '../errors';
import type { Db } from '../db/client';
import type { Actor } from './actor';
import { safeEqual } from './secrets';
import { findLiveSession, SESSION_COOKIE, touchSession } from './session-store';
import { findTokenOwner, touchToken } from './token-store';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

async function resolveActor(db: Db, req: FastifyRequest): Promise<Actor | null> {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthorized('The Authorization header must be "Bearer <token>".');
    const owner = await findTokenOwner(db, match[1]);
    if (!owner) throw unauthorized('This API token is unknown or has been revoked.');
    await touchToken(db, owner.id, owner.lastUsedAt);
    return { userId: owner.userId, isAdmin: owner.isAdmin, via: 'token' };
  }
  const secret = req.cookies[SESSION_COOKIE];
  if (!secret) return null;
  const session = await findLiveSession(db, secret);
  if (!session) return null;
  await touchSession(db, session.idHash, session.lastSeenAt);
  return {
    userId: session.userId,
    isAdmin: session.isAdmin,
    via: 'session',
    sessionIdHash: session.idHash,
    csrfToken: session.csrfToken,
  };
}

/**
 * Every /api/v1 route is private unless its config says `public: true`. Cookie-authenticated writes
 * must echo the session's CSRF token in X-CSRF-Token; bearer tokens are not sent by browsers on
 * their own, so they need no CSRF defence.
 */
export const authenticate = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  app.decorateRequest('actor', null);
  // onRequest, before the body is read: an anonymous caller learns nothing about validation.
  app.addHook('onRequest', async (req) => {
    // Only the versioned API is private; health, docs and the web app's files are public.
    if (!req.url.startsWith('/api/v1/') || req.routeOptions.url === undefined) return;
    req.actor = await resolveActor(opts.db, req);
    if (req.routeOptions.config.public) return;
    if (!req.actor) throw unauthorized();
    if (req.actor.via === 'session' && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !req.actor.csrfToken || !safeEqual(sent, req.actor.csrfToken)) {
        throw new ProblemError(
          403,
          'csrf_failed',
          'Missing or wrong CSRF token',
          'Cookie-authenticated writes must send the X-CSRF-Token header from the login or /api/v1/me response.',
        );
      }
    }
  });
});
