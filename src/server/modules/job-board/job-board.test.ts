import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordinatorAndOutsider } from '../../../../tests/helpers/program-test-app';
import type { Session, TestContext } from '../../../../tests/helpers/test-app';
import { expectProblem as problem } from '../../../../tests/helpers/problem';
import type { ListingResponse, MatchedListing } from '../../../domain/job-board/api';
import { joinAs, okJson, person, programOf, type Call } from '../programs/test-support';

let t: TestContext;
let call: Call;
let coord: Session;
let outsider: Session;
beforeAll(async () => {
  ({ t, call, coord, outsider } = await coordinatorAndOutsider());
});
afterAll(async () => t?.close());

const ok = <T>(s: Session, method: Parameters<Call>[1], url: string, payload?: object, status = 200) => okJson<T>(t, s, method, url, payload, status);
const listing = (over: object = {}) => ({ title: 'Data analyst intern', organization: 'Northwind', kind: 'internship', location: 'Berlin', remote: false, tags: ['Data analysis', 'SQL'], ...over });
type Matched = { items: MatchedListing[]; nextCursor: string | null; goalTerms: string[] };

/** A program with a mentor and a mentee (growth: data analysis; industry: health care). */
async function board(minors = false) {
  const ids = await programOf(t, coord, { minors });
  const mentor = await person(t, 'Mina Mentor');
  const mentee = await person(t, 'Theo Mentee');
  await joinAs(t, coord, ids.programId, mentor, 'mentor');
  const menteeId = await joinAs(t, coord, ids.programId, mentee, 'mentee', { cohortId: ids.cohortId });
  await ok(mentee, 'PATCH', `/program-members/${menteeId}`, { growthAreas: ['Data analysis', 'public speaking'], preferredIndustries: ['Health care'] });
  return { ...ids, mentor, mentee };
}

describe('posting listings', () => {
  it('refuses bad input with a message per field', async () => {
    const { programId } = await board();
    const p = problem(await call(coord, 'POST', `/programs/${programId}/job-listings`, { title: ' ', organization: '', kind: 'gig', link: 'javascript:alert(1)', closesOn: '2027-02-30', tags: [''] }), 400);
    const paths = (p.errors ?? []).map((e) => e.path);
    for (const f of ['title', 'organization', 'kind', 'link', 'closesOn']) expect(paths.some((x) => x.endsWith(f)), `${f} in ${paths.join(',')}`).toBe(true);
    const noPlace = problem(await call(coord, 'POST', `/programs/${programId}/job-listings`, listing({ location: null, remote: false })), 400);
    expect(noPlace.errors?.[0]?.message).toBe('Give a location, or mark the listing remote');
  });

  it('lets mentors and coordinators post, not mentees; others’ programs answer 404', async () => {
    const { programId, mentor, mentee } = await board();
    const byMentor = await ok<ListingResponse>(mentor, 'POST', `/programs/${programId}/job-listings`, listing(), 201);
    expect(byMentor).toMatchObject({ approval: 'approved', postedBy: { name: 'Mina Mentor', role: 'mentor' }, postedByMe: true, isOpen: true, kind: 'internship' });
    expect(JSON.stringify(byMentor)).not.toContain('@');
    problem(await call(mentee, 'POST', `/programs/${programId}/job-listings`, listing()), 404);
    problem(await call(outsider, 'POST', `/programs/${programId}/job-listings`, listing()), 404);
    problem(await call(outsider, 'GET', `/programs/${programId}/job-listings`), 404);
    problem(await call(outsider, 'GET', `/job-listings/${byMentor.id}`), 404);
    problem(await call(outsider, 'PUT', `/job-listings/${byMentor.id}/interest`, { state: 'saved' }), 404);
    expect((await ok<Matched>(outsider, 'GET', '/job-listings/matched')).items).toEqual([]);
  });
});

describe('mentees see listings ranked by their goals', () => {
  it('ranks by overlapping terms and says why', async () => {
    const { programId, mentor, mentee } = await board();
    await ok(mentor, 'POST', `/programs/${programId}/job-listings`, listing({ title: 'Warehouse helper', organization: 'Depot', tags: ['Logistics'] }), 201);
    const best = await ok<ListingResponse>(mentor, 'POST', `/programs/${programId}/job-listings`, listing({ description: 'Dashboards for a health care network' }), 201);
    await ok(coord, 'POST', `/programs/${programId}/job-listings`, listing({ title: 'Shadow a public speaking coach', kind: 'shadow_day', tags: [], remote: true, location: null }), 201);
    const page = await ok<Matched>(mentee, 'GET', `/job-listings/matched?programId=${programId}`);
    expect(page.items.map((i) => i.title)).toEqual(['Data analyst intern', 'Shadow a public speaking coach', 'Warehouse helper']);
    expect(page.items[0]).toMatchObject({ id: best.id, whyMatches: ['Data analysis', 'Health care'], score: 4 });
    expect(page.items[1]!.whyMatches).toEqual(['public speaking']);
    expect(page.items[2]!.whyMatches).toEqual([]);
    expect(page.goalTerms).toEqual(expect.arrayContaining(['Data analysis', 'Health care']));

    const first = await ok<Matched>(mentee, 'GET', `/job-listings/matched?programId=${programId}&limit=2`);
    expect(first.items).toHaveLength(2);
    const second = await ok<Matched>(mentee, 'GET', `/job-listings/matched?programId=${programId}&limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.title)).toEqual(['Warehouse helper']);
    expect(second.nextCursor).toBeNull();
    problem(await call(mentee, 'GET', '/job-listings/matched?cursor=not-a-cursor'), 400);
    problem(await call(outsider, 'GET', `/job-listings/matched?programId=${programId}`), 404);
  });

  it('drops closed and expired listings; closed ones can no longer be marked', async () => {
    const { programId, mentor, mentee } = await board();
    const expired = await ok<ListingResponse>(mentor, 'POST', `/programs/${programId}/job-listings`, listing({ closesOn: '2020-01-01' }), 201);
    expect(expired.isOpen).toBe(false);
    const open = await ok<ListingResponse>(mentor, 'POST', `/programs/${programId}/job-listings`, listing({ title: 'Open one' }), 201);
    await ok(mentee, 'PUT', `/job-listings/${open.id}/interest`, { state: 'saved' });
    const closed = await ok<ListingResponse>(mentor, 'PATCH', `/job-listings/${open.id}`, { status: 'closed' });
    expect(closed).toMatchObject({ status: 'closed', isOpen: false });
    expect((await ok<Matched>(mentee, 'GET', '/job-listings/matched')).items.map((i) => i.id)).not.toContain(open.id);
    problem(await call(mentee, 'GET', `/job-listings/${expired.id}`), 404);
    problem(await call(mentee, 'PUT', `/job-listings/${open.id}/interest`, { state: 'applied' }), 404);
    const views = await ok<{ items: ListingResponse[] }>(mentor, 'GET', `/programs/${programId}/job-listings?view=closed`);
    expect(views.items.map((i) => i.id).sort()).toEqual([expired.id, open.id].sort());
    expect((await ok<{ items: ListingResponse[] }>(mentor, 'GET', `/programs/${programId}/job-listings`)).items).toEqual([]);
  });

  it('puts a follow-up on Today a week after marking applied, and takes it away again', async () => {
    const { programId, mentor, mentee } = await board();
    const l = await ok<ListingResponse>(mentor, 'POST', `/programs/${programId}/job-listings`, listing(), 201);
    const saved = await ok<ListingResponse>(mentee, 'PUT', `/job-listings/${l.id}/interest`, { state: 'saved' });
    expect(saved.myInterest).toBe('saved');
    expect((await ok<Matched>(mentee, 'GET', '/job-listings/matched?saved=true')).items.map((i) => i.id)).toEqual([l.id]);
    const applied = await ok<ListingResponse>(mentee, 'PUT', `/job-listings/${l.id}/interest`, { state: 'applied' });
    expect(applied.appliedAt).not.toBeNull();
    const items = await ok<{ items: { title: string; dueDate: string; sourceId: string }[] }>(mentee, 'GET', '/follow-ups?source=job_listing');
    expect(items.items).toHaveLength(1);
    expect(items.items[0]!.title).toBe('Follow up on your application: Data analyst intern (Northwind)');
    const today = (await ok<{ today: string }>(mentee, 'GET', '/today')).today;
    const inAWeek = new Date(`${today}T00:00:00Z`);
    inAWeek.setUTCDate(inAWeek.getUTCDate() + 7);
    expect(items.items[0]!.dueDate).toBe(inAWeek.toISOString().slice(0, 10));
    // Marking applied again does not add a second one; clearing removes it.
    await ok(mentee, 'PUT', `/job-listings/${l.id}/interest`, { state: 'applied' });
    expect((await ok<{ items: unknown[] }>(mentee, 'GET', '/follow-ups?source=job_listing')).items).toHaveLength(1);
    await ok(mentee, 'PUT', `/job-listings/${l.id}/interest`, { state: null });
    expect((await ok<{ items: unknown[] }>(mentee, 'GET', '/follow-ups?source=job_listing')).items).toHaveLength(0);
    problem(await call(mentee, 'PUT', `/job-listings/${l.id}/interest`, { state: 'maybe' }), 400);
  });
});

describe('in a program with minors', () => {
  it('holds a mentor’s listing for a coordinator’s approval, and again after an edit', async () => {
    const { programId, mentor, mentee } = await board(true);
    const l = await ok<ListingResponse>(mentor, 'POST', `/programs/${programId}/job-listings`, listing(), 201);
    expect(l.approval).toBe('pending');
    const own = await ok<ListingResponse>(coord, 'POST', `/programs/${programId}/job-listings`, listing({ title: 'Coordinator pick' }), 201);
    expect(own.approval).toBe('approved');
    expect((await ok<Matched>(mentee, 'GET', '/job-listings/matched')).items.map((i) => i.id)).toEqual([own.id]);
    problem(await call(mentee, 'GET', `/job-listings/${l.id}`), 404);
    problem(await call(mentor, 'POST', `/job-listings/${l.id}/approve`), 404);
    const pending = await ok<{ items: ListingResponse[] }>(coord, 'GET', `/programs/${programId}/job-listings?view=pending`);
    expect(pending.items.map((i) => [i.id, i.canApprove])).toEqual([[l.id, true]]);
    expect((await ok<ListingResponse>(coord, 'POST', `/job-listings/${l.id}/approve`)).approval).toBe('approved');
    expect((await ok<Matched>(mentee, 'GET', '/job-listings/matched')).items.map((i) => i.id)).toContain(l.id);
    const edited = await ok<ListingResponse>(mentor, 'PATCH', `/job-listings/${l.id}`, { description: 'Now with a different text' });
    expect(edited.approval).toBe('pending');
    problem(await call(mentee, 'GET', `/job-listings/${l.id}`), 404);
  });
});

describe('editing, deleting and paging', () => {
  it('only the poster or a coordinator edits and deletes; delete clears applicants’ follow-ups', async () => {
    const { programId, mentor, mentee } = await board();
    const other = await person(t, 'Oscar Othermentor');
    await joinAs(t, coord, programId, other, 'mentor');
    const l = await ok<ListingResponse>(mentor, 'POST', `/programs/${programId}/job-listings`, listing(), 201);
    expect((await ok<ListingResponse>(other, 'GET', `/job-listings/${l.id}`)).canEdit).toBe(false);
    problem(await call(other, 'PATCH', `/job-listings/${l.id}`, { title: 'Hijacked' }), 404);
    problem(await call(other, 'DELETE', `/job-listings/${l.id}`), 404);
    problem(await call(mentee, 'DELETE', `/job-listings/${l.id}`), 404);
    problem(await call(mentor, 'PATCH', `/job-listings/${l.id}`, { title: '' }), 400);
    problem(await call(mentor, 'PATCH', `/job-listings/${l.id}`, { location: null }), 409);
    expect((await ok<ListingResponse>(coord, 'PATCH', `/job-listings/${l.id}`, { title: 'Junior data analyst' })).title).toBe('Junior data analyst');
    await ok(mentee, 'PUT', `/job-listings/${l.id}/interest`, { state: 'applied' });
    expect((await call(mentor, 'DELETE', `/job-listings/${l.id}`)).statusCode).toBe(204);
    problem(await call(mentor, 'GET', `/job-listings/${l.id}`), 404);
    expect((await ok<{ items: unknown[] }>(mentee, 'GET', '/follow-ups?source=job_listing')).items).toHaveLength(0);
  });

  it('pages a program’s listings newest first with a keyset cursor', async () => {
    const { programId, mentor } = await board();
    for (const n of [1, 2, 3]) await ok(mentor, 'POST', `/programs/${programId}/job-listings`, listing({ title: `Listing ${n}` }), 201);
    const one = await ok<{ items: ListingResponse[]; nextCursor: string }>(mentor, 'GET', `/programs/${programId}/job-listings?limit=2`);
    expect(one.items.map((i) => i.title)).toEqual(['Listing 3', 'Listing 2']);
    const two = await ok<{ items: ListingResponse[]; nextCursor: string | null }>(mentor, 'GET', `/programs/${programId}/job-listings?limit=2&cursor=${one.nextCursor}`);
    expect(two.items.map((i) => i.title)).toEqual(['Listing 1']);
    expect(two.nextCursor).toBeNull();
    problem(await call(mentor, 'GET', `/programs/${programId}/job-listings?view=mine&cursor=${one.nextCursor}`), 400);
    problem(await call(mentor, 'GET', `/programs/${programId}/job-listings?limit=0`), 400);
  });
});
