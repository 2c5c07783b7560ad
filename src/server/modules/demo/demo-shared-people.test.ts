import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, sessionFrom, type TestContext } from '../../../../tests/helpers/test-app';
import { expectProblem } from '../../../../tests/helpers/problem';
import { DEMO_EMAIL_DOMAIN, findDemoUserId } from './demo-queries';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const demo = async () => {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/demo', payload: { timezone: 'Europe/Berlin' } });
  expect(res.statusCode, res.body).toBe(201);
  return sessionFrom(res);
};

/** Rows per table owned by (user_id =) the user, over every table that has a user_id column. */
async function rowsOwnedBy(userId: string) {
  const tables = (await t.database.db.execute(sql`SELECT table_name FROM information_schema.columns WHERE column_name = 'user_id' AND table_schema = current_schema() ORDER BY table_name`)) as unknown as { rows: { table_name: string }[] };
  const out: Record<string, number> = {};
  for (const { table_name } of tables.rows) {
    const r = (await t.database.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table_name)} WHERE user_id = ${userId}`)) as unknown as { rows: { n: number }[] };
    if (r.rows[0]!.n > 0) out[table_name] = r.rows[0]!.n;
  }
  return out;
}

describe('shared demo people (mentorship depth)', () => {
  it('do not gather rows with every demo account: the shared mentor keeps the same counts, the mentee Sam is per account', async () => {
    await demo();
    const priya = (await findDemoUserId(t.database.db, `directory-priya@${DEMO_EMAIL_DOMAIN}`))!;
    const once = await rowsOwnedBy(priya);
    await demo();
    await demo();
    expect(await rowsOwnedBy(priya)).toEqual(once);
    const sams = (await t.database.db.execute(sql`SELECT id FROM users WHERE name = 'Sam Rivera'`)) as unknown as { rows: { id: string }[] };
    expect(sams.rows).toHaveLength(3);
    for (const s of sams.rows) expect((await rowsOwnedBy(s.id)).mentorships).toBe(1);
  });

  it('still knows Priya is the demo user’s mentor: asking her again is refused', async () => {
    const me = await demo();
    const priya = (await findDemoUserId(t.database.db, `directory-priya@${DEMO_EMAIL_DOMAIN}`))!;
    const profile = (await t.database.db.execute(sql`SELECT id FROM mentor_profiles WHERE user_id = ${priya}`)) as unknown as { rows: { id: string }[] };
    const r = await t.app.inject({ method: 'POST', url: '/api/v1/mentor-requests', headers: me.headers, payload: { mentorProfileId: profile.rows[0]!.id, message: 'Again?', kind: 'shepherd', areas: [] } });
    expect(expectProblem(r, 409).code).toBe('already_mentoring');
  });
});
