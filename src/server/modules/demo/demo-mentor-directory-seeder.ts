import type { Db } from '../../db/client';
import { mentorProfileBody, type MentorProfileBody } from '../../../domain/mentor-directory/api';
import { defaultRequestMessage } from '../../../domain/mentor-directory/rules';
import { randomToken } from '../../auth/secrets';
import { ProblemError } from '../../errors';
import { createUser } from '../accounts/service';
import { getOwnProfile, saveProfile } from '../mentor-directory/profile-service';
import { insertRequest } from '../mentor-directory/queries';
import { DEMO_EMAIL_DOMAIN, findDemoUserId } from './demo-queries';
import type { DemoSeeder } from './demo-seeders';

/**
 * The demo's mentor directory: a few mentors every demo user finds (shared, made once per install,
 * so the directory does not fill with copies), the demo user's own private profile (their industry
 * makes "think outside the box" work) and a request from a would-be mentee waiting for an answer.
 */
const MENTORS: { key: string; name: string; timezone: string; profile: Omit<MentorProfileBody, 'listed'> }[] = [
  {
    key: 'priya',
    name: 'Priya Natarajan',
    timezone: 'Asia/Kolkata',
    profile: { skills: ['Leadership', 'Hiring', 'Product strategy'], challenges: ['First-time manager', 'Leading through a reorganisation'], industry: 'Health care', role: 'VP of Product', languages: ['English', 'Tamil'], region: 'South Asia', timezone: 'Asia/Kolkata', availability: 'open', openToTeens: true, bio: 'Built product teams at two hospitals-turned-software companies. I like mentees who bring a real decision to every meeting.', ageBand: '45_54', gender: 'woman' },
  },
  {
    key: 'marcus',
    name: 'Marcus Oyelaran',
    timezone: 'Europe/London',
    profile: { skills: ['Finance', 'Negotiation', 'Public speaking'], challenges: ['Career change', 'Impostor syndrome'], industry: 'Banking', role: 'Chief financial officer', languages: ['English', 'Yoruba'], region: 'Europe', timezone: 'Europe/London', availability: 'limited', openToTeens: false, bio: 'Moved from engineering to finance at 35. Happy to demystify budgets and board meetings.', ageBand: '55_64', gender: 'man' },
  },
  {
    key: 'lucia',
    name: 'Lucía Fernández',
    timezone: 'America/Mexico_City',
    profile: { skills: ['Public speaking', 'Community building'], challenges: ['Returning after parental leave'], industry: 'Software', role: 'Developer advocate', languages: ['Spanish', 'English'], region: 'Latin America', timezone: 'America/Mexico_City', availability: 'open', openToTeens: true, bio: 'I have given 200 talks and still get nervous. Let me help you with your first one.', ageBand: '25_34', gender: 'woman' },
  },
  {
    key: 'tom',
    name: 'Tom Becker',
    timezone: 'Europe/Berlin',
    profile: { skills: ['Engineering management'], challenges: ['Burnout'], industry: 'Manufacturing', role: 'Plant director', languages: ['German', 'English'], region: 'Europe', timezone: 'Europe/Berlin', availability: 'closed', openToTeens: false, bio: 'Not taking mentees this quarter; back in spring.', ageBand: '45_54', gender: null },
  },
];
const MENTEE = { key: 'jordan', name: 'Jordan Lee', timezone: 'America/Chicago' };

const emailOf = (key: string) => `directory-${key}@${DEMO_EMAIL_DOMAIN}`;

/** A shared demo person: found, or made (a concurrent demo that made them first is found instead). */
async function sharedUser(tx: Db, key: string, name: string, timezone: string) {
  const found = await findDemoUserId(tx, emailOf(key));
  if (found) return { id: found, made: false };
  try {
    return { id: (await createUser(tx, { email: emailOf(key), name, password: randomToken(18), timezone })).id, made: true };
  } catch (err) {
    const again = err instanceof ProblemError && err.code === 'email_taken' ? await findDemoUserId(tx, emailOf(key)) : null;
    if (!again) throw err;
    return { id: again, made: false };
  }
}

export const mentorDirectorySeeder: DemoSeeder = {
  name: 'mentor-directory',
  async seed(ctx) {
    const tx = ctx.tx as unknown as Db;
    for (const m of MENTORS) {
      const u = await sharedUser(tx, m.key, m.name, m.timezone);
      if (u.made || !(await getOwnProfile(tx, u.id)).exists) await saveProfile(tx, u.id, mentorProfileBody.parse({ ...m.profile, listed: true }), ctx.now);
    }
    const jordan = await sharedUser(tx, MENTEE.key, MENTEE.name, MENTEE.timezone);
    const me = await saveProfile(
      tx,
      ctx.userId,
      mentorProfileBody.parse({ listed: false, skills: ['Product strategy', 'Running planning sessions'], challenges: ['Moving from individual contributor to manager'], industry: 'Software', role: 'Senior product manager', languages: ['English', 'Spanish'], region: 'North America', timezone: 'America/New_York', availability: 'limited', bio: 'Product manager who learnt the hard way that roadmaps are promises.', ageBand: '35_44' }),
      ctx.now,
    );
    await insertRequest(ctx.tx, {
      menteeUserId: jordan.id,
      mentorUserId: ctx.userId,
      message: defaultRequestMessage(me.name, MENTEE.name, ['Product strategy']),
      kind: 'shepherd',
      areas: ['Product strategy'],
    });
  },
};
