import { notFound } from '../errors';
import type { Actor } from '../auth/actor';

export type { Actor };

/**
 * Routes call a resource's `can(actor, action, resource)` and then `allowOr404`. A refusal on
 * someone else's resource answers 404, never 403, so ids of other users' data are not confirmed.
 */
export function allowOr404(allowed: boolean, what: string): void {
  if (!allowed) throw notFound(what);
}

export * from './account';
export * from './api-token';
export * from './contact-import';
export * from './session';
export * from './network-overview';
export * from './contact';
export * from './interaction';
export * from './follow-up';
export * from './commitment';
export * from './habit';
export * from './message-template';
export * from './interview';
export * from './mentorship';
export * from './organization';
export * from './program';
export * from './program-member';
export * from './mentor-application';
export * from './match-run';
export * from './mentor-profile';
export * from './mentor-request';
export * from './mentee';
export * from './job-listing';
export * from './self-service';
