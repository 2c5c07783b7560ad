import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, sessionFrom, signupUser, type Session, type TestContext } from '../helpers/test-app';
import { multipartBody } from '../helpers/multipart';
import { programGuardFactories } from '../../src/server/modules/programs/route-guard-factories';
import { inboxGuardFactories } from '../../src/server/modules/inbox/route-guard-factories';
import { eventGuardFactories } from '../../src/server/modules/events/route-guard-factories';
import { mentorshipDepthGuardFactories } from '../../src/server/modules/mentoring/route-guard-factories';
import { jobBoardGuardFactories } from '../../src/server/modules/job-board/route-guard-factories';

/**
 * Walks every registered /api/v1 route. Anonymous callers must get 401 on every route that is
 * not explicitly public, and a user must get 404 for ids that belong to someone else.
 * A new route with an :id parameter must add a factory below, or this test fails.
 */
const PUBLIC_ROUTES = new Set(['POST /api/v1/auth/signup', 'POST /api/v1/auth/login', 'GET /api/v1/demo', 'POST /api/v1/demo',
  // Secret-token URLs: calendar apps and mail clients call them without a session.
  'GET /api/v1/calendar/:token.ics', 'GET /api/v1/unsubscribe/:token', 'POST /api/v1/unsubscribe/:token',
  // The mentor wish list's read-only page, sent to trusted colleagues.
  'GET /api/v1/wish-list/:token']);

type Factory = (t: TestContext, owner: Session) => Promise<Record<string, string>>;
/** A never-contacted contact on a daily cadence gets a keep-in-touch item due today: the owner's follow-up. */
const followUpOf: Factory = async (t, owner) => {
  await t.app.inject({ method: 'POST', url: '/api/v1/contacts', headers: owner.headers, payload: { displayName: 'Kept', cadence: { every: 1, unit: 'day' } } });
  const r = await t.app.inject({ method: 'GET', url: '/api/v1/today', headers: owner.headers });
  return { id: r.json().dueToday[0].id };
};
const commitmentOf: Factory = async (t, owner) => {
  const c = await t.app.inject({ method: 'POST', url: '/api/v1/contacts', headers: owner.headers, payload: { displayName: 'Offerer' } });
  const r = await t.app.inject({ method: 'POST', url: '/api/v1/commitments', headers: owner.headers, payload: { direction: 'they_offered', contactId: c.json().id, what: 'look at my CV' } });
  return { id: r.json().id };
};
const templateOf: Factory = async (t, owner) => {
  const r = await t.app.inject({ method: 'POST', url: '/api/v1/templates', headers: owner.headers, payload: { name: 'Mine', subject: null, body: 'Hi {firstName}' } });
  return { id: r.json().id };
};
const interviewOf: Factory = async (t, owner) => {
  const r = await t.app.inject({ method: 'POST', url: '/api/v1/interviews', headers: owner.headers, payload: { newContact: { displayName: 'Interviewed' } } });
  return { id: r.json().id };
};
const mentorshipOf: Factory = async (t, owner) => {
  const r = await t.app.inject({ method: 'POST', url: '/api/v1/mentorships', headers: owner.headers, payload: { newContact: { displayName: 'Mentor' }, kind: 'shepherd' } });
  return { id: r.json().id };
};
const meetingOf: Factory = async (t, owner) => {
  const { id } = await mentorshipOf(t, owner);
  const r = await t.app.inject({ method: 'POST', url: `/api/v1/mentorships/${id}/meetings`, headers: owner.headers, payload: { heldOn: '2026-11-02', actionItems: [{ text: 'Read the book' }] } });
  return { id: r.json().id, itemId: r.json().actionItems[0].id };
};

// The mentor's side: the owner lists a profile and a helper user asks them (or the owner asks a helper).
let helpers = 0;
const helperUser = (t: TestContext) => {
  helpers += 1;
  return t.app
    .inject({ method: 'POST', url: '/api/v1/auth/signup', remoteAddress: `10.8.0.${helpers}`, payload: { email: `guard-helper${helpers}-${Date.now()}@example.test`, password: 'correct horse battery', name: `Helper ${helpers}` } })
    .then(sessionFrom);
};
const listProfile = (t: TestContext, s: Session) =>
  t.app.inject({ method: 'PUT', url: '/api/v1/mentor-profile', headers: s.headers, payload: { listed: true, skills: ['Guarding'] } }).then((r) => r.json().id as string);
const requestTo = async (t: TestContext, mentee: Session, mentor: Session) => {
  const r = await t.app.inject({ method: 'POST', url: '/api/v1/mentor-requests', headers: mentee.headers, payload: { mentorProfileId: await listProfile(t, mentor), message: 'Please?' } });
  return r.json().id as string;
};
/** The owner is the mentor: a helper asks, the owner accepts; the owner's mentee id. */
const menteeOf: Factory = async (t, owner) => {
  const mentee = await helperUser(t);
  const id = await requestTo(t, mentee, owner);
  const accepted = await t.app.inject({ method: 'POST', url: `/api/v1/mentor-requests/${id}/accept`, headers: owner.headers, payload: { message: 'Yes' } });
  const mentorshipId = (await t.app.inject({ method: 'GET', url: '/api/v1/mentor-requests?box=outgoing', headers: mentee.headers })).json().items[0].mentorshipId;
  const goal = await t.app.inject({ method: 'POST', url: '/api/v1/mentoring-goals', headers: mentee.headers, payload: { horizon: 'one_year', title: 'Shared', sharedWith: [mentorshipId] } });
  const meeting = await t.app.inject({ method: 'POST', url: `/api/v1/mentorships/${mentorshipId}/meetings`, headers: mentee.headers, payload: { heldOn: '2026-11-02', actionItems: [{ text: 'Introduce me', owner: 'mentor' }] } });
  return { id: accepted.json().menteeId, goalId: goal.json().id, itemId: meeting.json().actionItems[0].id };
};
const incomingRequestOf: Factory = async (t, owner) => ({ id: await requestTo(t, await helperUser(t), owner) });

const ownedBy: Record<string, Factory> = {
  // A saved but unlisted profile is private: naming its id must not show it.
  '/api/v1/mentor-directory/:id': async (t, owner) => {
    const r = await t.app.inject({ method: 'PUT', url: '/api/v1/mentor-profile', headers: owner.headers, payload: { listed: false, skills: ['Private'] } });
    return { id: r.json().id };
  },
  '/api/v1/mentor-requests/:id/accept': incomingRequestOf,
  '/api/v1/mentor-requests/:id/decline': incomingRequestOf,
  '/api/v1/mentor-requests/:id/withdraw': async (t, owner) => ({ id: await requestTo(t, owner, await helperUser(t)) }),
  '/api/v1/my-mentees/:id': menteeOf,
  '/api/v1/my-mentees/:id/goals/:goalId/comments': menteeOf,
  '/api/v1/my-mentees/:id/agreement/accept': menteeOf,
  '/api/v1/my-mentees/:id/thread': menteeOf,
  '/api/v1/my-mentees/:id/action-items/:itemId': menteeOf,
  '/api/v1/mentorships/:id/thread': mentorshipOf,
  '/api/v1/contacts/:id': async (t, owner) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/contacts', headers: owner.headers, payload: { displayName: 'Guarded' } });
    return { id: r.json().id };
  },
  '/api/v1/contacts/:id/restore': async (t, owner) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/contacts', headers: owner.headers, payload: { displayName: 'Deleted' } });
    await t.app.inject({ method: 'DELETE', url: `/api/v1/contacts/${r.json().id}`, headers: owner.headers });
    return { id: r.json().id };
  },
  '/api/v1/interactions/:id': async (t, owner) => {
    const c = await t.app.inject({ method: 'POST', url: '/api/v1/contacts', headers: owner.headers, payload: { displayName: 'Met' } });
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/interactions',
      headers: owner.headers,
      payload: { kind: 'coffee', occurredAt: '2026-01-05T09:00:00Z', contactIds: [c.json().id] },
    });
    return { id: r.json().id };
  },
  '/api/v1/interactions/:id/restore': async (t, owner) => {
    const c = await t.app.inject({ method: 'POST', url: '/api/v1/contacts', headers: owner.headers, payload: { displayName: 'Met then deleted' } });
    const r = await t.app.inject({
      method: 'POST',
      url: '/api/v1/interactions',
      headers: owner.headers,
      payload: { kind: 'coffee', occurredAt: '2026-01-05T09:00:00Z', contactIds: [c.json().id] },
    });
    await t.app.inject({ method: 'DELETE', url: `/api/v1/interactions/${r.json().id}`, headers: owner.headers });
    return { id: r.json().id };
  },
  '/api/v1/imports/:id': async (t, owner) => {
    const { body, contentType } = await multipartBody({ format: 'csv' }, { content: 'Name,E-mail\nAda,ada@example.com\n' });
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/imports', headers: { ...owner.headers, 'content-type': contentType }, payload: body });
    return { id: r.json().id };
  },
  '/api/v1/imports/progress/:progressId': async (t, owner) => {
    const progressId = randomUUID();
    const { body, contentType } = await multipartBody({ format: 'csv', progressId, dryRun: 'true' }, { content: 'Name\nAda\n' });
    await t.app.inject({ method: 'POST', url: '/api/v1/imports', headers: { ...owner.headers, 'content-type': contentType }, payload: body });
    return { progressId };
  },
  '/api/v1/follow-ups/:id': followUpOf,
  '/api/v1/follow-ups/:id/done': followUpOf,
  '/api/v1/follow-ups/:id/snooze': followUpOf,
  '/api/v1/follow-ups/:id/skip': followUpOf,
  '/api/v1/follow-ups/:id/reopen': followUpOf,
  '/api/v1/follow-ups/:id/undo': followUpOf,
  '/api/v1/finds/:id': async (t, owner) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/finds', headers: owner.headers, payload: { kind: 'article', title: 'Mine', url: 'https://example.org/a', topics: ['x'] } });
    return { id: r.json().id };
  },
  '/api/v1/commitments/:id': commitmentOf,
  '/api/v1/commitments/:id/nudge': commitmentOf,
  '/api/v1/commitments/:id/complete': commitmentOf,
  '/api/v1/commitments/:id/thank': commitmentOf,
  '/api/v1/commitments/:id/reopen': commitmentOf,
  '/api/v1/commitments/:id/thank-introducer': commitmentOf,
  '/api/v1/commitments/:id/drop': commitmentOf,
  '/api/v1/habits/:id': async (t, owner) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/habits', headers: owner.headers, payload: { name: 'Weekly', kind: 'interactions', target: 1 } });
    return { id: r.json().id };
  },
  '/api/v1/templates/:id': templateOf,
  '/api/v1/templates/:id/reset': templateOf,
  '/api/v1/templates/:id/render': templateOf,
  '/api/v1/interviews/:id': interviewOf,
  '/api/v1/interviews/:id/stage': interviewOf,
  '/api/v1/interviews/:id/star': interviewOf,
  '/api/v1/interviews/:id/stage/undo': async (t, owner) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/interviews', headers: owner.headers, payload: { newContact: { displayName: 'Moved' } } });
    await t.app.inject({ method: 'POST', url: `/api/v1/interviews/${r.json().id}/stage`, headers: owner.headers, payload: { to: 'asked' } });
    return { id: r.json().id };
  },
  '/api/v1/interviews/:id/questions': interviewOf,
  '/api/v1/interviews/:id/ask-message': interviewOf,
  '/api/v1/interview-questions/:id': async (t, owner) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/interview-questions', headers: owner.headers, payload: { text: 'A private question?' } });
    return { id: r.json().id };
  },
  '/api/v1/mentorships/:id': mentorshipOf,
  '/api/v1/mentorships/:id/meetings': mentorshipOf,
  '/api/v1/mentorships/:id/agreement': mentorshipOf,
  '/api/v1/mentorships/:id/agreement/accept': mentorshipOf,
  '/api/v1/mentoring-goals/:id': async (t, owner) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/mentoring-goals', headers: owner.headers, payload: { horizon: 'one_year', title: 'Lead a team' } });
    return { id: r.json().id };
  },
  '/api/v1/mentoring-goals/:id/posts': async (t, owner) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/mentoring-goals', headers: owner.headers, payload: { horizon: 'long_term', title: 'Run a company' } });
    return { id: r.json().id };
  },
  '/api/v1/mentoring-meetings/:id': meetingOf,
  '/api/v1/mentoring-meetings/:id/action-items': meetingOf,
  '/api/v1/mentoring-action-items/:id': async (t, owner) => ({ id: (await meetingOf(t, owner)).itemId! }),
  // The owner's rotated-away wish-list link must not show their wish list.
  '/api/v1/wish-list/:token': async (t, owner) => {
    const first = await t.app.inject({ method: 'PUT', url: '/api/v1/mentor-wish-list', headers: owner.headers, payload: { lookingFor: 'Private' } });
    await t.app.inject({ method: 'POST', url: '/api/v1/mentor-wish-list/rotate', headers: owner.headers });
    return { token: /\/wish-list\/([^/]+)$/.exec(first.json().shareUrl)![1]! };
  },
  '/api/v1/tokens/:id': async (t, owner) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/tokens', headers: owner.headers, payload: { name: 'x' } });
    return { id: r.json().id };
  },
  '/api/v1/mail/:id': async (t, owner) => {
    const { sentMails } = await import('../../src/server/db/schema/index');
    const [row] = await t.database.db
      .insert(sentMails)
      .values({ userId: owner.userId, kind: 'digest', idempotencyKey: `guard:${owner.userId}`, toAddress: owner.email, subject: 'Guarded', status: 'sent' })
      .onConflictDoNothing()
      .returning();
    return { id: row?.id ?? '00000000-0000-4000-8000-000000000000' };
  },
  // Token routes: the secret is the credential, so naming the owner's revoked (rotated-away) feed
  // secret or a tampered unsubscribe secret must not reach their data, even with a session.
  '/api/v1/calendar/:token.ics': async (t, owner) => {
    await t.app.inject({ method: 'GET', url: '/api/v1/calendar', headers: owner.headers });
    const first = await t.app.inject({ method: 'POST', url: '/api/v1/calendar/rotate', headers: owner.headers });
    await t.app.inject({ method: 'POST', url: '/api/v1/calendar/rotate', headers: owner.headers });
    return { token: /\/calendar\/([^/]+)\.ics$/.exec(first.json().feedUrl)![1]! };
  },
  '/api/v1/unsubscribe/:token': async (t, owner) => {
    const { ensureSettings } = await import('../../src/server/modules/notifications/queries');
    return { token: `${(await ensureSettings(t.database.db, owner.userId)).unsubscribeToken}x` };
  },
  '/api/v1/sessions/:id': async (t, owner) => {
    const r = await t.app.inject({ method: 'GET', url: '/api/v1/sessions', headers: owner.headers });
    return { id: r.json().items[0].id };
  },
  ...programGuardFactories,
  ...inboxGuardFactories,
  ...eventGuardFactories,
  ...mentorshipDepthGuardFactories,
  ...jobBoardGuardFactories,
};

let t: TestContext;
let owner: Session;
let intruder: Session;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signupUser(t.app);
  intruder = await signupUser(t.app);
});
afterAll(async () => t?.close());

const apiRoutes = () =>
  t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/v1/') && r.method !== 'HEAD' && r.method !== 'OPTIONS');
const fill = (url: string, params: Record<string, string>) => url.replace(/:(\w+)/g, (_, k: string) => params[k] ?? '00000000-0000-4000-8000-000000000000');

describe('every /api/v1 route', () => {
  it('is found by the walk (sanity: the list is not empty)', () => {
    expect(apiRoutes().length).toBeGreaterThanOrEqual(10);
  });

  it('only the expected routes are public', () => {
    const publicOnes = apiRoutes().filter((r) => r.public).map((r) => `${r.method} ${r.url}`);
    expect(publicOnes.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('answers 401 problem+json to an anonymous caller', async () => {
    for (const r of apiRoutes().filter((x) => !x.public)) {
      const res = await t.app.inject({ method: r.method as 'GET', url: fill(r.url, {}), payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {} });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(res.headers['content-type'], `${r.method} ${r.url}`).toContain('application/problem+json');
    }
  });

  it('answers 401 to a revoked or made-up bearer token', async () => {
    for (const r of apiRoutes().filter((x) => !x.public)) {
      const res = await t.app.inject({ method: r.method as 'GET', url: fill(r.url, {}), headers: { authorization: 'Bearer trl_madeup' } });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it("answers 404 when a user names another user's resource", async () => {
    const withParams = apiRoutes().filter((r) => r.url.includes(':'));
    for (const r of withParams) {
      const factory = ownedBy[r.url];
      expect(factory, `add an ownedBy factory for ${r.url}`).toBeDefined();
      const params = await factory!(t, owner);
      const payload = r.method === 'GET' || r.method === 'DELETE' ? undefined : {};
      const res = await t.app.inject({ method: r.method as 'GET', url: fill(r.url, params), headers: intruder.headers, payload });
      expect([404, 400], `${r.method} ${r.url}`).toContain(res.statusCode);
      if (res.statusCode === 400) {
        // A body the route needs may be missing; then send a valid-looking one is the route's own test's job,
        // but the id must still not be confirmed: the same call with a random id must answer alike.
        const random = await t.app.inject({ method: r.method as 'GET', url: fill(r.url, {}), headers: intruder.headers, payload });
        expect(random.statusCode).toBe(res.statusCode);
      }
    }
  });
});
