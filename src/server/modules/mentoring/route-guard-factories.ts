import type { Session, TestContext } from '../../../../tests/helpers/test-app';
import { sessionFrom } from '../../../../tests/helpers/test-app';

/**
 * The mentorship-depth entries for tests/integration/route-guard.test.ts: each makes a resource
 * the owner can reach (as mentee, or as mentor on My mentees), so the walk proves another user
 * gets 404 for it.
 */
type Factory = (t: TestContext, owner: Session) => Promise<Record<string, string>>;

const inject = (t: TestContext, s: Session, method: 'POST' | 'PUT' | 'GET', url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, payload });
const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

async function mentorship(t: TestContext, owner: Session) {
  return (await inject(t, owner, 'POST', '/mentorships', { newContact: { displayName: 'Depth mentor' }, kind: 'shepherd' })).json().id as string;
}

let helpers = 0;
/** The owner mentors a helper, who shares an interview preparation and asks to shadow a day. */
const menteeWithDepth: Factory = async (t, owner) => {
  helpers += 1;
  const mentee = sessionFrom(
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/signup', remoteAddress: `10.6.0.${helpers}`, payload: { email: `depth-helper${helpers}-${Date.now()}@example.test`, password: 'correct horse battery', name: `Depth helper ${helpers}` } }),
  );
  const profile = (await inject(t, owner, 'PUT', '/mentor-profile', { listed: true, skills: ['Guarding depth'] })).json().id as string;
  const request = (await inject(t, mentee, 'POST', '/mentor-requests', { mentorProfileId: profile, message: 'Please?' })).json().id as string;
  const menteeId = (await inject(t, owner, 'POST', `/mentor-requests/${request}/accept`, { message: 'Yes' })).json().menteeId as string;
  const mentorshipId = (await inject(t, mentee, 'GET', '/mentor-requests?box=outgoing')).json().items[0].mentorshipId as string;
  const prepId = (await inject(t, mentee, 'POST', '/interview-preps', { company: 'Guarded', role: 'R', sharedMentorshipId: mentorshipId })).json().id as string;
  const requestId = (await inject(t, mentee, 'POST', `/mentorships/${mentorshipId}/shadow-requests`, { proposedDates: [day(5)], hopes: 'See it' })).json().id as string;
  return { id: menteeId, prepId, requestId };
};

const prepOf: Factory = async (t, owner) => ({ id: (await inject(t, owner, 'POST', '/interview-preps', { company: 'Guarded', role: 'R' })).json().id });
const mentorshipOf: Factory = async (t, owner) => ({ id: await mentorship(t, owner) });
const shadowOf: Factory = async (t, owner) => {
  const id = await mentorship(t, owner);
  return { id: (await inject(t, owner, 'POST', `/mentorships/${id}/shadow-requests`, { proposedDates: [day(5)], hopes: 'See it' })).json().id };
};

export const mentorshipDepthGuardFactories: Record<string, Factory> = {
  '/api/v1/interview-preps/:id': prepOf,
  '/api/v1/interview-preps/:id/held': prepOf,
  '/api/v1/interview-preps/:id/reopen': prepOf,
  '/api/v1/interview-preps/:id/comments': prepOf,
  '/api/v1/mentorships/:id/shadow-requests': mentorshipOf,
  '/api/v1/mentorships/:id/close': mentorshipOf,
  '/api/v1/mentorships/:id/reflection': mentorshipOf,
  '/api/v1/mentorships/:id/pay-it-forward': mentorshipOf,
  '/api/v1/shadow-requests/:id/answer': shadowOf,
  '/api/v1/shadow-requests/:id/withdraw': shadowOf,
  '/api/v1/shadow-requests/:id/cancel': shadowOf,
  '/api/v1/my-mentees/:id/interview-preps': menteeWithDepth,
  '/api/v1/my-mentees/:id/interview-preps/:prepId/suggestions': menteeWithDepth,
  '/api/v1/my-mentees/:id/interview-preps/:prepId/comments': menteeWithDepth,
  '/api/v1/my-mentees/:id/shadow-requests': menteeWithDepth,
  '/api/v1/my-mentees/:id/shadow-requests/:requestId/answer': menteeWithDepth,
  '/api/v1/my-mentees/:id/shadow-requests/:requestId/cancel': menteeWithDepth,
  '/api/v1/my-mentees/:id/close': menteeWithDepth,
  '/api/v1/my-mentees/:id/reflection': menteeWithDepth,
};
