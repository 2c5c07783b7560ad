import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { expectProblem as problem } from '../../../../tests/helpers/problem';
import type { ApplicationResponse } from '../../../domain/programs/api';
import type { MentorChoiceResponse, SelfServiceRequestResponse } from '../../../domain/programs/self-service-api';
import { application, caller, joinAs, okJson, person, programOf, SCREENED, type Call } from './test-support';

/**
 * The mentee's "Choose a mentor" list is paged and filtered on the server (it used to send every
 * mentor of the program on each request): pages walk the same order as one long list, filters
 * narrow it, and bad paging input is a 400.
 */
let t: TestContext;
let call: Call;
let coord: Session;
let programId: string;
let me: Session;

const ok = <T>(s: Session, method: Parameters<Call>[1], url: string, payload?: object, status = 200) => okJson<T>(t, s, method, url, payload, status);
const list = (query = '') => ok<MentorChoiceResponse>(me, 'GET', `/programs/${programId}/self-service/mentors${query}`);
const names = (r: MentorChoiceResponse) => r.items.map((m) => m.name);

async function mentor(name: string, over: object) {
  const user = await person(t, name);
  const memberId = await joinAs(t, coord, programId, user, 'mentor');
  const app = await ok<ApplicationResponse>(user, 'PUT', `/programs/${programId}/application`, application(over));
  await ok(coord, 'PUT', `/mentor-applications/${app.id}/screening`, SCREENED);
  return { user, memberId };
}

beforeAll(async () => {
  t = await createTestApp();
  call = caller(t);
  coord = await person(t, 'Cora Coordinator');
  const p = await programOf(t, coord);
  programId = p.programId;
  await ok(coord, 'PUT', `/programs/${programId}/self-service/mode`, { mode: 'both' });
  // Scores differ by skills, industry and language; two tie (the member id decides between them).
  await mentor('Ada Speaker', { skills: ['Public speaking', 'Negotiation'], industries: ['software'], languages: ['en'] });
  await mentor('Ben Broker', { skills: ['Negotiation'], industries: ['finance'], languages: ['en', 'FR'] });
  await mentor('Cleo Coder', { skills: ['Rust'], industries: ['software'], languages: ['en'] });
  await mentor('Dev Designer', { skills: ['Design'], industries: ['retail'], languages: ['de'], availability: 'Weekend mornings' });
  await mentor('Eli Equal', { skills: ['Writing'], industries: ['health'], languages: ['fr'] });
  await mentor('Fay Equal', { skills: ['Writing'], industries: ['health'], languages: ['fr'] });
  const full = await mentor('Gus Full', { skills: ['Public speaking', 'Negotiation'], industries: ['software'], languages: ['en'], capacity: 1 });
  // Gus's only place is taken by another mentee's match.
  const taker = await person(t, 'Tia Taker');
  await joinAs(t, coord, programId, taker, 'mentee', { cohortId: p.cohortId, isMinor: false });
  const r = await ok<SelfServiceRequestResponse>(taker, 'POST', `/programs/${programId}/self-service/requests`, { mentorMemberId: full.memberId, message: 'Hello, I would love to learn public speaking from you.' }, 201);
  await ok(full.user, 'POST', `/self-service-requests/${r.id}/accept`, { message: 'Yes!' });
  me = await person(t, 'Max Mentee');
  const memberId = await joinAs(t, coord, programId, me, 'mentee', { cohortId: p.cohortId, isMinor: false });
  await ok(me, 'PATCH', `/program-members/${memberId}`, { growthAreas: ['Public speaking', 'negotiation'], preferredIndustries: ['software'], languages: ['en'], timeZone: 'Europe/London' });
});
afterAll(async () => t?.close());

describe('the Choose a mentor list, paged on the server', () => {
  it('walks the same order page by page as in one long list: places left first, best fit first, then member id; the total stays', async () => {
    const all = await list('?limit=100');
    expect(all.total).toBe(7);
    expect(all.nextCursor).toBeNull();
    expect(all.items.at(-1)).toMatchObject({ name: 'Gus Full', full: true });
    const open = all.items.filter((m) => !m.full);
    for (let i = 1; i < open.length; i++) {
      const [a, b] = [open[i - 1]!, open[i]!];
      expect(a.score > b.score || (a.score === b.score && a.memberId < b.memberId)).toBe(true);
    }
    expect(names(all).slice(0, 2)).toEqual(['Ada Speaker', 'Ben Broker']);

    const walked: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: MentorChoiceResponse = await list(`?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.total).toBe(7);
      expect(page.items.length).toBeLessThanOrEqual(3);
      walked.push(...names(page));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(walked).toEqual(names(all));
    // Twenty by default.
    expect((await list()).items).toHaveLength(7);
  });

  it('explains each mentor of the page in words, spelled as typed, and lists every language for the filter', async () => {
    const first = await list('?limit=1');
    expect(first.items[0]!.reasons.map((r) => r.text)).toContain('shares your growth areas: Public speaking, negotiation');
    expect(first.languages).toEqual(['de', 'en', 'FR']);
  });

  it('searches name, skills, industry, role, languages and availability: every word must match, any case', async () => {
    expect(names(await list('?q=negotiation'))).toEqual(['Ada Speaker', 'Ben Broker', 'Gus Full']);
    expect(names(await list('?q=NEGOTIATION%20finance'))).toEqual(['Ben Broker']);
    expect(names(await list('?q=cleo'))).toEqual(['Cleo Coder']);
    expect(names(await list('?q=weekend'))).toEqual(['Dev Designer']);
    const some = await list('?q=writing&limit=1');
    expect(some).toMatchObject({ total: 2, items: [{}] });
    const rest = await list(`?q=writing&limit=1&cursor=${encodeURIComponent(some.nextCursor!)}`);
    expect([...names(some), ...names(rest)].sort()).toEqual(['Eli Equal', 'Fay Equal']);
    expect(rest.nextCursor).toBeNull();
  });

  it('filters by language (any case) and hides full mentors on request', async () => {
    expect(names(await list('?language=fr')).sort()).toEqual(['Ben Broker', 'Eli Equal', 'Fay Equal']);
    expect(names(await list('?hideFull=true'))).not.toContain('Gus Full');
    expect((await list('?hideFull=true')).total).toBe(6);
    expect(names(await list('?hideFull=false'))).toContain('Gus Full');
  });

  it('answers an empty page, not "no mentors", when only the filters find nobody; wildcards are plain text', async () => {
    for (const q of ['knitting', '%25', '_', 'a%5Cb']) {
      const r = await list(`?q=${q}`);
      expect(r, q).toMatchObject({ blocked: null, items: [], total: 0, nextCursor: null });
    }
    expect(await list('?language=sw')).toMatchObject({ blocked: null, items: [], total: 0 });
  });

  it('refuses bad paging input with a 400 naming the field, never a 500', async () => {
    for (const query of ['?limit=0', '?limit=101', '?limit=abc', '?hideFull=yes', '?cursor=not-a-cursor', `?cursor=${Buffer.from(JSON.stringify({ s: 'self-service-mentors', k: 'x|y', i: '00000000-0000-4000-8000-000000000000' })).toString('base64url')}`, `?cursor=${Buffer.from(JSON.stringify({ s: 'program-members', k: '0|1', i: '00000000-0000-4000-8000-000000000000' })).toString('base64url')}`, `?q=${'x'.repeat(201)}`, '?q=a%00b']) {
      const p = problem(await call(me, 'GET', `/programs/${programId}/self-service/mentors${query}`), 400);
      expect(p.errors?.length, query).toBeGreaterThan(0);
    }
  });
});
