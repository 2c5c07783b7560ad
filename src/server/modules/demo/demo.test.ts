import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq, gte, isNull, lt, sql } from 'drizzle-orm';
import { createTestApp, sessionFrom, signupUser, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { contacts, interactions } from '../../db/schema/network';
import { users } from '../../db/schema/index';
import { CIRCLES } from '../../../domain/network/api';
import type { NetworkOverview } from '../../../domain/network/overview-api';
import { findLikelyDuplicates } from '../../../domain/network/dedupe/duplicates';
import { generateDemoNetwork } from './demo-data';
import { createDemoUser } from './demo-service';
import { networkSeeder } from './demo-network-seeder';

const DAY = 86_400_000;
let t: TestContext;
let demo: Session;
let createMs = 0;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const db = () => t.database.db;
const countWhere = async (table: typeof contacts | typeof interactions, where: ReturnType<typeof and>) =>
  (await db().select({ n: count() }).from(table).where(where))[0]!.n;
const overview = async (s: Session): Promise<NetworkOverview> =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/network/overview', headers: s.headers })).json();

describe('the demo on an empty install', () => {
  it('is offered, and POST /demo logs a fresh demo user in like a signup', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/demo' })).json()).toEqual({ available: true });
    const started = performance.now();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/demo', payload: { timezone: 'Europe/Berlin' } });
    createMs = performance.now() - started;
    console.log(`POST /demo took ${Math.round(createMs)} ms on ${t.database.kind}`);
    expect(res.statusCode).toBe(201);
    demo = sessionFrom(res);
    expect(res.json().user).toMatchObject({ name: 'Alex Rivera', timezone: 'Europe/Berlin' });
    expect(demo.email).toMatch(/^demo-[a-z0-9-]+@demo\.trellis\.invalid$/);
    const setCookie = res.cookies.find((c) => c.name === 'trellis_session')!;
    expect(setCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: demo.headers });
    expect(me.json().user.id).toBe(demo.userId);
  });

  it('has about 150 contacts in every circle and a year of interactions', async () => {
    const mine = eq(contacts.userId, demo.userId);
    expect(await countWhere(contacts, mine)).toBeGreaterThanOrEqual(140);
    const circles = await db().selectDistinct({ c: contacts.circle }).from(contacts).where(mine);
    expect(circles.map((r) => r.c).sort()).toEqual([...CIRCLES].sort());
    const yearAgo = new Date(Date.now() - 365 * DAY);
    const recent = and(eq(interactions.userId, demo.userId), gte(interactions.occurredAt, yearAgo), lt(interactions.occurredAt, new Date()));
    expect(await countWhere(interactions, recent)).toBeGreaterThanOrEqual(300);
    expect(await countWhere(contacts, and(mine, isNull(contacts.lastInteractionAt)))).toBeGreaterThan(0);
    const halfYear = new Date(Date.now() - 183 * DAY);
    expect(await countWhere(contacts, and(mine, lt(contacts.lastInteractionAt, halfYear)))).toBeGreaterThan(5);
    // Every stored search text is filled, and last_interaction_at matches the log.
    expect(await countWhere(contacts, and(mine, eq(contacts.searchText, '')))).toBe(0);
    const mismatched = await db().execute(sql`
      SELECT c.id FROM contacts c
        LEFT JOIN interaction_contacts ic ON ic.contact_id = c.id
        LEFT JOIN interactions i ON i.id = ic.interaction_id
       WHERE c.user_id = ${demo.userId}
       GROUP BY c.id, c.last_interaction_at
      HAVING c.last_interaction_at IS DISTINCT FROM max(i.occurred_at)`);
    expect((mismatched as unknown as { rows: unknown[] }).rows).toEqual([]);
    const roles = await db().execute(sql`
      SELECT DISTINCT ic.role FROM interaction_contacts ic JOIN interactions i ON i.id = ic.interaction_id
       WHERE i.user_id = ${demo.userId} AND i.kind = 'job_interview'`);
    expect((roles as unknown as { rows: { role: string }[] }).rows.map((r) => r.role).sort()).toEqual(['arranged_by', 'hr', 'interviewer', 'recruiter']);
  });

  it('has an overview with full charts and a gap to act on', async () => {
    const o = await overview(demo);
    expect(o.total).toBeGreaterThanOrEqual(140);
    expect(o.byCircle.length).toBe(CIRCLES.length);
    expect(o.byEmployer.find((e) => e.employer === 'inside')!.count).toBeGreaterThan(20);
    expect(o.byEmployer.find((e) => e.employer === 'outside')!.count).toBeGreaterThan(40);
    expect(o.byLevel.filter((l) => l.count > 0).length).toBeGreaterThanOrEqual(5);
    expect(o.byIndustry).toHaveLength(9);
    expect(o.byCompany).toHaveLength(10);
    expect(o.recency.every((r) => r.count > 0)).toBe(true);
    expect(o.starred).toBeGreaterThanOrEqual(3);
    expect(o.gaps.map((g) => g.code)).toContain('out_of_touch');
  });

  it('keeps demo users apart from each other', async () => {
    const second = sessionFrom(await t.app.inject({ method: 'POST', url: '/api/v1/demo' }));
    expect(second.userId).not.toBe(demo.userId);
    expect((await overview(second)).total).toBe((await overview(demo)).total);
    const shared = await db().execute(sql`
      SELECT ic.contact_id FROM interaction_contacts ic
        JOIN interactions i ON i.id = ic.interaction_id JOIN contacts c ON c.id = ic.contact_id
       WHERE i.user_id <> c.user_id`);
    expect((shared as unknown as { rows: unknown[] }).rows).toEqual([]);
    const names = await db().select({ id: users.id }).from(users).where(eq(users.name, 'Alex Rivera'));
    expect(names).toHaveLength(2);
  });

  it('creates the demo in one transaction: a failing seeder leaves nothing behind', async () => {
    const before = (await db().select({ n: count() }).from(users))[0]!.n;
    const failing = { name: 'broken', seed: async () => { throw new Error('boom'); } };
    await expect(createDemoUser(db(), new Date(), { seeders: [networkSeeder, failing] })).rejects.toThrow('boom');
    expect((await db().select({ n: count() }).from(users))[0]!.n).toBe(before);
  });

  it('gives the CLI a password that logs in', async () => {
    const { user, password } = await createDemoUser(db());
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: user.email, password } });
    expect(res.statusCode).toBe(200);
  });
});

describe('once a real user exists', () => {
  it('the demo is switched off with a problem', async () => {
    await signupUser(t.app);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/demo' })).json()).toEqual({ available: false });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/demo' });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'demo_unavailable', type: '/problems/demo_unavailable' });
  });
});

describe('the demo generator', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('is deterministic for a seed and dates everything in the past', () => {
    const a = generateDemoNetwork({ seed: 7, now });
    expect(generateDemoNetwork({ seed: 7, now })).toEqual(a);
    expect(a.interactions.every((i) => i.occurredAt < now)).toBe(true);
    expect(a.contacts.every((c) => c.createdAt < now)).toBe(true);
    expect(a.interactions.some((i) => i.participants.length >= 3)).toBe(true);
  });
  it('plants near-duplicates for the duplicates screen', () => {
    const pairs = findLikelyDuplicates(generateDemoNetwork({ seed: 7, now }).contacts);
    expect(new Set(pairs.map((p) => p.reason))).toEqual(new Set(['same e-mail', 'same LinkedIn', 'similar name']));
  });
});
