import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import type { MatchRunResponse } from '../../../domain/programs/api';
import { INBOX_KINDS } from '../../../domain/inbox/kinds';
import { application, joinAs, okJson, person, programOf, SCREENED } from '../programs/test-support';
import { news, notify, purgeOldItems } from './service';
import { inboxOf, unreadOf } from './test-support';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type M = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
const ok = <T = unknown>(s: Session, method: M, url: string, payload?: object, status = 200) => okJson<T>(t, s, method, url, payload, status);
const call = (s: Session, method: M, url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, payload });
const problem = async (r: Promise<{ statusCode: number; headers: Record<string, unknown>; json(): unknown }>, status: number) => {
  const res = await r;
  expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
  expect(res.headers['content-type']).toContain('application/problem+json');
  return res.json() as { errors?: { path: string; message: string }[] };
};

/** A listed mentor and a mentee who asks them; returns the request id. */
async function mentorAndMentee(mentorName = 'Maya Mentor', menteeName = 'Theo Mentee') {
  const mentor = await person(t, mentorName);
  const mentee = await person(t, menteeName);
  const profile = await ok<{ id: string }>(mentor, 'PUT', '/mentor-profile', { listed: true, skills: ['Leadership'] });
  const req = await ok<{ id: string }>(mentee, 'POST', '/mentor-requests', { mentorProfileId: profile.id, message: 'Would you mentor me on leading a team?' }, 201);
  return { mentor, mentee, requestId: req.id };
}

async function accepted() {
  const p = await mentorAndMentee();
  const r = await ok<{ menteeId: string }>(p.mentor, 'POST', `/mentor-requests/${p.requestId}/accept`, { message: 'Gladly — see you Tuesday.' });
  const mentorshipId = (await ok<{ items: { mentorshipId: string }[] }>(p.mentee, 'GET', '/mentor-requests?box=outgoing')).items[0]!.mentorshipId;
  return { ...p, menteeId: r.menteeId, mentorshipId };
}

describe('mentor requests tell the other side', () => {
  it('a new request reaches the mentor, once, with the message and a link to Requests', async () => {
    const { mentor, mentee } = await mentorAndMentee('Mira Mentor', 'Ned Newbie');
    const items = await inboxOf(t, mentor);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'mentor_request', title: 'Ned Newbie asked you to be their mentor', body: 'Would you mentor me on leading a team?', link: '/mentoring?tab=requests', actorName: 'Ned Newbie', readAt: null });
    expect(await unreadOf(t, mentor)).toBe(1);
    // The asker is not told about their own request.
    expect(await inboxOf(t, mentee)).toEqual([]);
  });

  it('accepting gives the mentee exactly one unread item linking to the mentorship; a retry does not duplicate', async () => {
    const { mentor, mentee, mentorshipId, requestId } = await accepted();
    const items = await inboxOf(t, mentee);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'request_accepted', title: 'Maya Mentor accepted your request to mentor you', body: 'Gladly — see you Tuesday.', link: `/mentoring/${mentorshipId}`, readAt: null });
    // The same event told again (a retried job or request) is stored once.
    const again = await notify(t.database.db, news.requestAccepted({ requestId, menteeUserId: mentee.userId, mentorUserId: mentor.userId, message: 'dup', mentorshipId }));
    expect(again).toBe(false);
    expect(await inboxOf(t, mentee)).toHaveLength(1);
    expect(await unreadOf(t, mentee)).toBe(1);
  });

  it('declining sends the kind message; withdrawing tells the mentor', async () => {
    const a = await mentorAndMentee();
    await ok(a.mentor, 'POST', `/mentor-requests/${a.requestId}/decline`, { message: 'I am full this term, try Priya.' });
    expect((await inboxOf(t, a.mentee))[0]).toMatchObject({ kind: 'request_declined', body: 'I am full this term, try Priya.', link: '/mentoring?tab=requests' });
    const b = await mentorAndMentee('Walt Waiting', 'Wes Withdrawer');
    await ok(b.mentee, 'POST', `/mentor-requests/${b.requestId}/withdraw`);
    const mentorItems = await inboxOf(t, b.mentor);
    expect(mentorItems.map((i) => i.kind)).toEqual(['request_withdrawn', 'mentor_request']);
    expect(mentorItems[0]!.title).toBe('Wes Withdrawer withdrew their mentoring request');
  });
});

describe('the questions thread and goal comments', () => {
  it('a question reaches the mentor, an answer or a shared link the mentee, a goal comment the mentee', async () => {
    const { mentor, mentee, menteeId, mentorshipId } = await accepted();
    await ok(mentee, 'POST', `/mentorships/${mentorshipId}/thread`, { kind: 'message', body: 'How do I ask for a raise?' }, 201);
    const forMentor = (await inboxOf(t, mentor))[0]!;
    expect(forMentor).toMatchObject({ kind: 'thread_post', title: 'Theo Mentee asked you a question', body: 'How do I ask for a raise?', link: `/mentoring/mentees/${menteeId}` });
    await ok(mentor, 'POST', `/my-mentees/${menteeId}/thread`, { kind: 'message', body: 'Bring numbers.' }, 201);
    await ok(mentor, 'POST', `/my-mentees/${menteeId}/thread`, { kind: 'job', title: 'Team lead at Acme', url: 'https://example.org/job' }, 201);
    const forMentee = await inboxOf(t, mentee);
    expect(forMentee.slice(0, 2).map((i) => [i.title, i.link])).toEqual([
      ['Maya Mentor shared a job listing: Team lead at Acme', `/mentoring/${mentorshipId}`],
      ['Maya Mentor answered in your questions thread', `/mentoring/${mentorshipId}`],
    ]);
    const goal = await ok<{ id: string }>(mentee, 'POST', '/mentoring-goals', { horizon: 'one_year', title: 'Lead a team', sharedWith: [mentorshipId], notes: 'PRIVATE NOTE' }, 201);
    await ok(mentor, 'POST', `/my-mentees/${menteeId}/goals/${goal.id}/comments`, { body: 'Start with one project.' }, 201);
    const comment = (await inboxOf(t, mentee))[0]!;
    expect(comment).toMatchObject({ kind: 'goal_comment', title: 'Maya Mentor commented on your goal “Lead a team”', body: 'Start with one project.', link: '/mentoring?tab=goals' });
    expect(JSON.stringify(await inboxOf(t, mentor))).not.toContain('PRIVATE NOTE');
  });
});

describe('programs', () => {
  it('tells the applicant when cleared, each matched person and the guardian when published, the coordinator when invitations are accepted', async () => {
    const coord = await person(t, 'Cora Coordinator');
    const { programId, cohortId } = await programOf(t, coord, { minors: true });
    const mentorUser = await person(t, 'Sam Screened');
    const teenUser = await person(t, 'Tia Teen');
    const guardianUser = await person(t, 'Gus Guardian');
    await joinAs(t, coord, programId, mentorUser, 'mentor');
    const teen = await joinAs(t, coord, programId, teenUser, 'mentee', { cohortId });
    const guardian = await joinAs(t, coord, programId, guardianUser, 'guardian');
    const joined = await inboxOf(t, coord);
    expect(joined.map((i) => i.title)).toEqual(['Gus Guardian joined Teen after-school as a guardian', 'Tia Teen joined Teen after-school as a mentee', 'Sam Screened joined Teen after-school as a mentor']);
    expect(joined[0]!.link).toBe(`/programs/${programId}?tab=people`);

    await ok(teenUser, 'PATCH', `/program-members/${teen}`, { phone: '+1 555 0100', growthAreas: ['coding'] });
    const app = await ok<{ id: string }>(mentorUser, 'PUT', `/programs/${programId}/application`, application({ skills: ['coding'] }));
    await ok(coord, 'PUT', `/mentor-applications/${app.id}/screening`, { ...SCREENED, backgroundCheck: 'pending', screeningNotes: 'SECRET NOTE' });
    expect(await inboxOf(t, mentorUser)).toEqual([]);
    await ok(coord, 'PUT', `/mentor-applications/${app.id}/screening`, { ...SCREENED, screeningNotes: 'SECRET NOTE' });
    await ok(coord, 'PUT', `/mentor-applications/${app.id}/screening`, { ...SCREENED, screeningNotes: 'saved again' });
    const cleared = await inboxOf(t, mentorUser);
    expect(cleared).toHaveLength(1);
    expect(cleared[0]).toMatchObject({ kind: 'application_cleared', title: 'You are cleared to mentor in Teen after-school', link: `/programs/${programId}` });
    expect(JSON.stringify(cleared)).not.toContain('SECRET');

    await ok(coord, 'PUT', `/program-members/${teen}/guardian-consent`, { guardianMemberId: guardian, consentGivenOn: '2026-11-20' });
    const run = await ok<MatchRunResponse>(coord, 'POST', `/cohorts/${cohortId}/match-runs`, {}, 201);
    expect(run.pairs).toHaveLength(1);
    await ok(coord, 'POST', `/match-runs/${run.id}/publish`, { pairCount: 1 });
    expect((await inboxOf(t, mentorUser))[0]!.title).toBe('You are matched with Tia Teen in Teen after-school');
    expect((await inboxOf(t, teenUser))[0]!.title).toBe('You are matched with Sam Screened in Teen after-school');
    const g = await inboxOf(t, guardianUser);
    expect(g.map((i) => i.title)).toEqual(['Tia Teen is matched with Sam Screened in Teen after-school']);
    // The minor's contact details never travel in an item.
    for (const s of [mentorUser, guardianUser, coord]) {
      const text = JSON.stringify(await inboxOf(t, s));
      expect(text).not.toContain('555 0100');
      expect(text).not.toContain(teenUser.email);
    }
  });
});

describe('reading, marking, deleting', () => {
  it('lists newest first in keyset pages, filters unread, and the count matches the list', async () => {
    const me = await person(t, 'Pia Pager');
    // Explicit instants: rows stored within the clock's resolution would tie (and then order by id).
    for (let i = 0; i < 5; i++) await notify(t.database.db, { userId: me.userId, kind: 'due_today', title: `Item ${i}`, link: '/', dedupeKey: `page:${i}` }, { at: new Date(Date.now() - (10 - i) * 1000), readAt: null });
    const first = await ok<{ items: { id: string; title: string }[]; nextCursor: string }>(me, 'GET', '/inbox?limit=2');
    expect(first.items.map((i) => i.title)).toEqual(['Item 4', 'Item 3']);
    const second = await ok<{ items: { title: string }[]; nextCursor: string }>(me, 'GET', `/inbox?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.title)).toEqual(['Item 2', 'Item 1']);
    const third = await ok<{ items: { title: string }[]; nextCursor: string | null }>(me, 'GET', `/inbox?limit=2&cursor=${second.nextCursor}`);
    expect(third).toMatchObject({ items: [{ title: 'Item 0' }], nextCursor: null });

    const marked = await ok<{ readAt: string | null }>(me, 'PATCH', `/inbox/${first.items[0]!.id}`, { read: true });
    expect(marked.readAt).not.toBeNull();
    expect(await unreadOf(t, me)).toBe(4);
    expect((await inboxOf(t, me, '?unread=true')).map((i) => i.title)).toEqual(['Item 3', 'Item 2', 'Item 1', 'Item 0']);
    expect((await ok<{ readAt: string | null }>(me, 'PATCH', `/inbox/${first.items[0]!.id}`, { read: false })).readAt).toBeNull();
    expect(await unreadOf(t, me)).toBe(5);

    const all = await ok<{ marked: number }>(me, 'POST', '/inbox/read-all', {});
    expect(all.marked).toBe(5);
    expect(await unreadOf(t, me)).toBe(0);
    expect(await inboxOf(t, me, '?unread=true')).toEqual([]);
    // upTo marks only what the reader saw.
    await notify(t.database.db, { userId: me.userId, kind: 'due_today', title: 'Later', link: '/', dedupeKey: 'page:later' });
    expect((await ok<{ marked: number }>(me, 'POST', '/inbox/read-all', { upTo: '2000-01-01T00:00:00Z' })).marked).toBe(0);
    expect(await unreadOf(t, me)).toBe(1);
    expect((await inboxOf(t, me, '?unread=true')).length).toBe(await unreadOf(t, me));
  });

  it('deletes one and restores it (undo), unread as it was', async () => {
    const me = await person(t, 'Dee Deleter');
    await notify(t.database.db, { userId: me.userId, kind: 'due_today', title: 'Delete me', link: '/', dedupeKey: 'del:1' });
    const [item] = await inboxOf(t, me);
    expect((await call(me, 'DELETE', `/inbox/${item!.id}`)).statusCode).toBe(204);
    expect(await inboxOf(t, me)).toEqual([]);
    expect(await unreadOf(t, me)).toBe(0);
    await problem(call(me, 'DELETE', `/inbox/${item!.id}`), 404);
    await problem(call(me, 'PATCH', `/inbox/${item!.id}`, { read: true }), 404);
    // Its dedupe key still holds while deleted: the same news is not stored again.
    expect(await notify(t.database.db, { userId: me.userId, kind: 'due_today', title: 'Delete me', link: '/', dedupeKey: 'del:1' })).toBe(false);
    const back = await ok<{ id: string; readAt: string | null }>(me, 'POST', `/inbox/${item!.id}/restore`);
    expect(back).toMatchObject({ id: item!.id, readAt: null });
    expect(await unreadOf(t, me)).toBe(1);
    await problem(call(me, 'POST', `/inbox/${item!.id}/restore`), 404);
  });

  it("never shows or lets anyone mark another user's items (404, never 403)", async () => {
    const a = await person(t, 'Ann Owner');
    const b = await person(t, 'Ben Other');
    await notify(t.database.db, { userId: a.userId, kind: 'due_today', title: 'Ann only', link: '/', dedupeKey: 'priv:1' });
    const [item] = await inboxOf(t, a);
    expect(await inboxOf(t, b)).toEqual([]);
    expect(await unreadOf(t, b)).toBe(0);
    await problem(call(b, 'PATCH', `/inbox/${item!.id}`, { read: true }), 404);
    await problem(call(b, 'DELETE', `/inbox/${item!.id}`), 404);
    await call(a, 'DELETE', `/inbox/${item!.id}`);
    await problem(call(b, 'POST', `/inbox/${item!.id}/restore`), 404);
    await ok(b, 'POST', '/inbox/read-all', {});
    await ok(a, 'POST', `/inbox/${item!.id}/restore`);
    expect((await inboxOf(t, a))[0]!.readAt).toBeNull();
  });

  it('answers bad input with 400 and per-field errors', async () => {
    const me = await person(t, 'Bad Input');
    expect((await problem(call(me, 'GET', '/inbox?limit=0&unread=maybe'), 400)).errors?.map((e) => e.path).sort()).toEqual(['querystring.limit', 'querystring.unread'].sort());
    expect((await problem(call(me, 'GET', '/inbox?cursor=not-a-cursor'), 400)).errors?.[0]?.path).toBe('cursor');
    expect((await problem(call(me, 'PATCH', '/inbox/00000000-0000-4000-8000-000000000000', { read: 'yes' }), 400)).errors?.[0]?.path).toBe('read');
    await problem(call(me, 'PATCH', '/inbox/not-a-uuid', { read: true }), 400);
    expect((await problem(call(me, 'PUT', '/inbox/preferences', { muted: ['spam'] }), 400)).errors?.[0]?.path).toBe('muted.0');
    expect((await problem(call(me, 'POST', '/inbox/read-all', { upTo: 'yesterday' }), 400)).errors?.[0]?.path).toBe('upTo');
  });
});

describe('preferences and the purge', () => {
  it('a muted kind is not stored at all; unmuting lets it through again', async () => {
    const { mentor } = await mentorAndMentee('Quiet Mentor', 'First Asker');
    const prefs = await ok<{ kinds: { kind: string; muted: boolean }[] }>(mentor, 'PUT', '/inbox/preferences', { muted: ['mentor_request', 'mentor_request'] });
    expect(prefs.kinds.filter((k) => k.muted).map((k) => k.kind)).toEqual(['mentor_request']);
    expect((await ok<{ kinds: { kind: string; muted: boolean }[] }>(mentor, 'GET', '/inbox/preferences')).kinds).toHaveLength(INBOX_KINDS.length);
    const profileId = (await ok<{ id: string }>(mentor, 'GET', '/mentor-profile')).id;
    const second = await person(t, 'Second Asker');
    await ok(second, 'POST', '/mentor-requests', { mentorProfileId: profileId, message: 'Me too?' }, 201);
    const { rows } = (await t.database.db.execute(sql`select count(*)::int as n from inbox_items where user_id = ${mentor.userId}`)) as unknown as { rows: { n: number }[] };
    expect(rows[0]!.n).toBe(1);
    await ok(mentor, 'PUT', '/inbox/preferences', { muted: [] });
    const third = await person(t, 'Third Asker');
    await ok(third, 'POST', '/mentor-requests', { mentorProfileId: profileId, message: 'And me?' }, 201);
    expect((await inboxOf(t, mentor)).map((i) => i.actorName)).toEqual(['Third Asker', 'First Asker']);
  });

  it('purges read and deleted items older than 90 days, never unread ones or recent ones', async () => {
    const me = await person(t, 'Old Timer');
    const db = t.database.db;
    for (const k of ['old-read', 'old-unread', 'old-deleted', 'new-read']) await notify(db, { userId: me.userId, kind: 'due_today', title: k, link: '/', dedupeKey: k });
    await db.execute(sql`update inbox_items set created_at = now() - interval '91 days' where user_id = ${me.userId} and title like 'old-%'`);
    await db.execute(sql`update inbox_items set read_at = now() where user_id = ${me.userId} and title in ('old-read', 'new-read')`);
    await db.execute(sql`update inbox_items set deleted_at = now() where user_id = ${me.userId} and title = 'old-deleted'`);
    // Through the scheduled job, as the worker runs it.
    const { jobHandlers, schedules } = await import('../../jobs/definitions');
    expect(schedules).toContainEqual({ name: 'sweep.inbox', everySeconds: 3600 });
    const { loadConfig } = await import('../../config');
    const silent = { info: () => {}, warn: () => {}, error: () => {} };
    await jobHandlers['sweep.inbox']!({ id: 'x', name: 'sweep.inbox', payload: {}, attempts: 1, maxAttempts: 1 }, { db, config: loadConfig({ DATA_DIR: t.dataDir }), log: silent, workerId: 'test' });
    expect((await inboxOf(t, me)).map((i) => i.title).sort()).toEqual(['new-read', 'old-unread']);
    const { rows } = (await db.execute(sql`select count(*)::int as n from inbox_items where user_id = ${me.userId}`)) as unknown as { rows: { n: number }[] };
    expect(rows[0]!.n).toBe(2);
    expect(await purgeOldItems(db)).toBe(0);
  });

  it('refuses links outside the app and stays quiet when told nothing', async () => {
    const me = await person(t, 'Link Checker');
    await expect(notify(t.database.db, { userId: me.userId, kind: 'due_today', title: 'x', link: '//evil.example', dedupeKey: 'l1' })).rejects.toThrow(/not a path/);
    await expect(notify(t.database.db, { userId: me.userId, kind: 'due_today', title: 'x', link: 'https://evil.example', dedupeKey: 'l2' })).rejects.toThrow(/not a path/);
    expect(await notify(t.database.db, null)).toBe(false);
  });
});

describe('the daily "due today" item', () => {
  it('comes with the digest job, once per local day, linking to Today', async () => {
    const me = await person(t, 'Dana Digest');
    await ok(me, 'POST', '/contacts', { displayName: 'Kept In Touch', cadence: { every: 1, unit: 'day' } }, 201); // daily: due today
    const { sendDigest } = await import('../notifications/digest-service');
    const { loadConfig } = await import('../../config');
    const config = loadConfig({ DATA_DIR: t.dataDir });
    await sendDigest(t.database.db, config, me.userId, '2026-12-01');
    await sendDigest(t.database.db, config, me.userId, '2026-12-01');
    const items = await inboxOf(t, me);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'due_today', title: '1 thing due today', link: '/' });
    expect(items[0]!.body).toBe('Keep in touch with Kept In Touch');
  });
});
