import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './session-store';

/** The one way a login (signup, login, demo) hands the browser its session. */
export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, secret: string, expires: Date) {
  reply.setCookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.protocol === 'https',
    path: '/',
    expires,
  });
}
