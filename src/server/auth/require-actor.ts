import type { FastifyRequest } from 'fastify';
import { unauthorized } from '../errors';
import type { Actor } from './actor';

/** The authenticate hook already refused anonymous callers on private routes; this narrows the type. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthorized();
  return req.actor;
}
