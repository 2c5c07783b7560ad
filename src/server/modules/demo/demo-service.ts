import { randomInt } from 'node:crypto';
import type { Db } from '../../db/client';
import { ProblemError } from '../../errors';
import { randomToken } from '../../auth/secrets';
import { createSession } from '../../auth/session-store';
import { createUser, type ClientInfo } from '../accounts/service';
import { followThroughSeeder } from './demo-follow-through-seeder';
import { networkSeeder } from './demo-network-seeder';
import { interviewsSeeder } from './demo-interviews-seeder';
import { mentoringSeeder } from './demo-mentoring-seeder';
import { mentorDirectorySeeder } from './demo-mentor-directory-seeder';
import { inboxSeeder } from './demo-inbox-seeder';
import { eventsSeeder } from './demo-events-seeder';
import { mentorshipDepthSeeder } from './demo-mentorship-depth-seeder';
import { programsSeeder } from './demo-programs-seeder';
import type { DemoSeedContext, DemoSeeder } from './demo-seeders';
import { DEMO_EMAIL_DOMAIN, hasNonDemoUsers } from './demo-queries';

/** In order: later seeders may use what earlier ones created (ctx.network). */
export const DEMO_SEEDERS: readonly DemoSeeder[] = [networkSeeder, followThroughSeeder, interviewsSeeder, mentoringSeeder, mentorDirectorySeeder, mentorshipDepthSeeder, programsSeeder, eventsSeeder, inboxSeeder];

export const DEMO_USER_NAME = 'Alex Rivera';

/** The demo is offered only on an empty install: once a real person has an account it is theirs. */
export const isDemoAvailable = async (db: Db) => !(await hasNonDemoUsers(db));

export const isDemoEmail = (email: string) => email.toLowerCase().endsWith(`@${DEMO_EMAIL_DOMAIN}`);

/**
 * A new demo user with a lived-in network, created in one transaction: either the whole demo
 * exists or none of it. The password is returned once so the CLI can print it.
 */
export async function createDemoUser(
  db: Db,
  now = new Date(),
  opts: { timezone?: string; seed?: number; seeders?: readonly DemoSeeder[] } = {},
) {
  const password = randomToken(12);
  const seed = opts.seed ?? randomInt(2 ** 31);
  const user = await db.transaction(async (tx) => {
    const created = await createUser(tx as unknown as Db, {
      email: `demo-${randomToken(6).toLowerCase().replace(/[^a-z0-9]/g, 'x')}@${DEMO_EMAIL_DOMAIN}`,
      name: DEMO_USER_NAME,
      password,
      timezone: opts.timezone ?? 'America/New_York',
    });
    const ctx: DemoSeedContext = { tx, userId: created.id, now, seed };
    for (const seeder of opts.seeders ?? DEMO_SEEDERS) await seeder.seed(ctx);
    return created;
  });
  return { user, password };
}

const demoUnavailable = () =>
  new ProblemError(
    403,
    'demo_unavailable',
    'The demo is not available',
    'This Trellis already has real users, so the demo is switched off. Log in or ask your administrator for an account.',
  );

/** POST /demo: a fresh demo user, logged in like a signup. */
export async function startDemo(db: Db, ttlDays: number, client: ClientInfo & { timezone?: string }) {
  if (!(await isDemoAvailable(db))) throw demoUnavailable();
  const { user } = await createDemoUser(db, new Date(), { timezone: client.timezone });
  const session = await createSession(db, { userId: user.id, ttlDays, ip: client.ip, userAgent: client.userAgent });
  return { user, session };
}
