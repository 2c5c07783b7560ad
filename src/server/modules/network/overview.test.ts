import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signupUser, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { contacts } from '../../db/schema/network';
import type { NetworkOverview } from '../../../domain/network/overview-api';
import { buildSearchText } from './search-text';
import { findGaps } from './overview-service';
import type { OverviewGroups } from './overview-queries';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

type Seed = Partial<typeof contacts.$inferInsert> & { name?: string };
async function addContacts(owner: Session, seeds: Seed[]) {
  await t.database.db.insert(contacts).values(
    seeds.map(({ name = 'Someone', ...rest }) => ({
      userId: owner.userId,
      displayName: name,
      searchText: buildSearchText({ displayName: name }),
      ...rest,
    })),
  );
}

async function overview(owner: Session): Promise<NetworkOverview> {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/network/overview', headers: owner.headers });
  expect(res.statusCode).toBe(200);
  return res.json();
}
const codes = (o: NetworkOverview) => o.gaps.map((g) => g.code);

describe('GET /network/overview', () => {
  it('an empty network has zero counts and one gap pointing at the import', async () => {
    const o = await overview(await signupUser(t.app));
    expect(o.total).toBe(0);
    expect(o.byCircle).toEqual([]);
    expect(o.recency.every((r) => r.count === 0)).toBe(true);
    expect(o.gaps).toHaveLength(1);
    expect(o.gaps[0]).toMatchObject({ code: 'empty_network', action: { href: '/network/import' } });
    expect(o.gaps[0]!.message).toContain('import your LinkedIn connections');
  });

  it('counts live contacts of the caller only, by every dimension', async () => {
    const me = await signupUser(t.app);
    const other = await signupUser(t.app);
    await addContacts(other, [{ circle: 'mentor', industry: 'Law' }]);
    await addContacts(me, [
      { circle: 'mentor', employer: 'outside', level: 'senior', industry: 'Software', company: 'Acme', starred: true, lastInteractionAt: daysAgo(3) },
      { circle: 'colleague', employer: 'inside', level: 'mid', industry: 'software ', company: 'Initech', lastInteractionAt: daysAgo(45) },
      { circle: 'colleague', employer: 'inside', level: 'mid', industry: 'Banking', company: 'Initech', lastInteractionAt: daysAgo(120) },
      { circle: 'customer', level: 'executive', lastInteractionAt: daysAgo(250) },
      { lastInteractionAt: daysAgo(500) },
      { name: 'Never met', createdAt: daysAgo(10) },
      { name: 'Deleted', circle: 'mentor', deletedAt: daysAgo(1), lastInteractionAt: daysAgo(2) },
    ]);
    const o = await overview(me);
    expect(o.total).toBe(6);
    expect(o.starred).toBe(1);
    expect(o.byCircle).toEqual([
      { circle: 'mentor', count: 1 },
      { circle: 'colleague', count: 2 },
      { circle: 'customer', count: 1 },
      { circle: 'none', count: 2 },
    ]);
    expect(o.byEmployer).toEqual([
      { employer: 'inside', count: 2 },
      { employer: 'outside', count: 1 },
      { employer: 'unknown', count: 3 },
    ]);
    expect(o.byLevel).toEqual([
      { level: 'student', count: 0 },
      { level: 'entry', count: 0 },
      { level: 'mid', count: 2 },
      { level: 'senior', count: 1 },
      { level: 'executive', count: 1 },
      { level: 'unknown', count: 2 },
    ]);
    // 'Software' and 'software ' are one industry; contacts without one are not listed.
    expect(o.byIndustry).toEqual([
      { industry: 'Software', count: 2 },
      { industry: 'Banking', count: 1 },
    ]);
    expect(o.byCompany).toEqual([
      { company: 'Initech', count: 2 },
      { company: 'Acme', count: 1 },
    ]);
    expect(o.recency).toEqual([
      { bucket: 'last_30_days', count: 1 },
      { bucket: '1_3_months', count: 1 },
      { bucket: '3_6_months', count: 1 },
      { bucket: '6_12_months', count: 1 },
      { bucket: 'over_a_year', count: 1 },
      { bucket: 'never', count: 1 },
    ]);
    const stale = o.gaps.find((g) => g.code === 'out_of_touch');
    expect(stale?.message).toBe("2 people you haven't contacted in 6 months");
    expect(stale?.action?.href).toMatch(/^\/network\?lastContactedBefore=\d{4}-\d{2}-\d{2}/);
  });

  it('keeps the top 8 industries and sums the rest as Other; lists the top 10 companies', async () => {
    const me = await signupUser(t.app);
    const seeds: Seed[] = [];
    for (let i = 0; i < 12; i++) {
      for (let k = 0; k <= 12 - i; k++) seeds.push({ industry: `Industry ${String(i).padStart(2, '0')}`, company: `Company ${String(i).padStart(2, '0')}` });
    }
    await addContacts(me, seeds);
    const o = await overview(me);
    expect(o.byIndustry).toHaveLength(9);
    expect(o.byIndustry[0]).toEqual({ industry: 'Industry 00', count: 13 });
    expect(o.byIndustry[8]).toEqual({ industry: 'Other', count: 5 + 4 + 3 + 2 });
    expect(o.byCompany).toHaveLength(10);
    expect(o.byCompany[9]).toEqual({ company: 'Company 09', count: 4 });
    expect(o.byIndustry.reduce((s, x) => s + x.count, 0)).toBe(o.total);
  });

  it('each user sees only their own overview; anonymous callers get 401', async () => {
    const a = await signupUser(t.app);
    await addContacts(a, [{ circle: 'friend_family' }]);
    expect((await overview(await signupUser(t.app))).total).toBe(0);
    const anon = await t.app.inject({ method: 'GET', url: '/api/v1/network/overview' });
    expect(anon.statusCode).toBe(401);
  });

  it('reports the gaps a small one-sided network has', async () => {
    const me = await signupUser(t.app);
    await addContacts(me, [
      { circle: 'colleague', employer: 'inside', level: 'mid', industry: 'Retail', createdAt: daysAgo(400) },
      { circle: 'colleague', employer: 'inside', level: 'entry', industry: 'Retail', lastInteractionAt: daysAgo(5) },
      { circle: 'management', employer: 'inside', level: 'mid', industry: 'retail', lastInteractionAt: daysAgo(5) },
    ]);
    const o = await overview(me);
    expect(codes(o)).toEqual(['no_mentor', 'no_outside', 'out_of_touch', 'no_potential_mentors', 'single_industry', 'no_senior']);
    expect(o.gaps.find((g) => g.code === 'out_of_touch')?.message).toBe("1 person you haven't contacted in 6 months");
    expect(o.gaps.find((g) => g.code === 'single_industry')?.detail).toContain('Retail');
  });
});

describe('findGaps rules', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const groups = (p: Partial<OverviewGroups> = {}): OverviewGroups => ({
    total: 10,
    starred: 1,
    outOfTouch: 0,
    circle: new Map([['mentor', 1], ['colleague', 9]]),
    employer: new Map([['inside', 5], ['outside', 5]]),
    level: new Map([['mid', 5], ['senior', 5]]),
    industry: [['Software', 6], ['Health', 4]],
    company: [],
    recency: new Map(),
    ...p,
  });
  const gapCodes = (p: Partial<OverviewGroups>) => findGaps(groups(p), now).map((g) => g.code);

  it('a balanced network has no gaps', () => {
    expect(gapCodes({})).toEqual([]);
  });
  it('no mentor: only when the mentor circle is empty', () => {
    expect(gapCodes({ circle: new Map([['colleague', 10]]) })).toEqual(['no_mentor']);
  });
  it('no one outside: needs at least 3 contacts with a known employer, all inside', () => {
    expect(gapCodes({ employer: new Map([['inside', 3], ['unknown', 7]]) })).toEqual(['no_outside']);
    expect(gapCodes({ employer: new Map([['inside', 2], ['unknown', 8]]) })).toEqual([]);
    expect(gapCodes({ employer: new Map([['inside', 9], ['outside', 1]]) })).toEqual([]);
  });
  it('out of touch: counts people, links to the contact list filtered six months back', () => {
    const [gap] = findGaps(groups({ outOfTouch: 12 }), now);
    expect(gap).toMatchObject({ code: 'out_of_touch', message: "12 people you haven't contacted in 6 months", severity: 'warning' });
    expect(gap!.action!.href).toBe('/network?lastContactedBefore=2026-05-23&sort=last_contacted');
  });
  it('no potential mentors: when nobody is starred', () => {
    expect(gapCodes({ starred: 0 })).toEqual(['no_potential_mentors']);
  });
  it('single industry: one known industry among at least 3', () => {
    expect(gapCodes({ industry: [['Software', 3]] })).toEqual(['single_industry']);
    expect(gapCodes({ industry: [['Software', 2]] })).toEqual([]);
  });
  it('seniority: flags a network with no one senior, or with no peers below senior', () => {
    expect(gapCodes({ level: new Map([['entry', 2], ['mid', 1]]) })).toEqual(['no_senior']);
    expect(gapCodes({ level: new Map([['senior', 2], ['executive', 1]]) })).toEqual(['no_peers']);
    expect(gapCodes({ level: new Map([['senior', 2], ['unknown', 8]]) })).toEqual([]);
  });
  it('warnings come before hints', () => {
    const all = findGaps(groups({ starred: 0, circle: new Map(), outOfTouch: 1 }), now);
    expect(all.map((g) => g.severity)).toEqual(['warning', 'warning', 'info']);
  });
});
