import { composeDigest } from './digest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { createTestApp, signupUser, type TestContext } from '../../../../tests/helpers/test-app';
import { loadConfig, type Config } from '../../config';
import { openPostgresDatabase, type Database } from '../../db/client';
import { jobs, sentMails } from '../../db/schema/index';
import { addDays, todayIn } from '../../../domain/follow-through/index';
import { enqueue, findJobByKey } from '../../jobs/queue';
import { JobRunner, type JobHandler } from '../../jobs/runner';
import { jobHandlers } from '../../jobs/definitions';
import { closeTransports } from '../../mail/transport';
import { findMailByKey, RESENT_MARK } from '../../mail/queries';
import { digestKey, enqueueNotification, runDigestJob, sendDigest } from './digest-service';
import { addFollowUp, decodedBody, headerOf, setDigest, startSmtpSink } from './test-support';
import { inboxOf } from '../inbox/test-support';

let t: TestContext;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let config: Config;
const db = () => t.database.db;
const TZ = 'America/New_York';

beforeAll(async () => {
  sink = await startSmtpSink();
  const env = { SMTP_URL: sink.url, PUBLIC_URL: 'https://trellis.example.org', MAIL_FROM: 'Trellis <digest@trellis.example.org>' };
  t = await createTestApp(env);
  config = loadConfig({ DATA_DIR: t.dataDir, ...env });
});
afterAll(async () => {
  closeTransports();
  await t?.close();
  await sink?.close();
});

const mailsTo = (email: string) => sink.received.filter((m) => m.to.includes(email));

async function userWithItems(name: string) {
  const s = await signupUser(t.app, { timezone: TZ, name });
  const today = todayIn(TZ, new Date());
  await addFollowUp(db(), s.userId, { title: `Send Ana the deck (${name})`, dueDate: addDays(today, -2), prompt: 'Mention the Q3 numbers' });
  await addFollowUp(db(), s.userId, { title: `Thank Raj for the intro (${name})`, dueDate: today });
  await addFollowUp(db(), s.userId, { title: `Coffee with Mia (${name})`, dueDate: addDays(today, 3) });
  return { ...s, today };
}

const runner = (handlers = jobHandlers, id = 'w') => new JobRunner({ db: db(), config, handlers, workerId: id });
const enqueueDigest = (userId: string, localDate: string) =>
  enqueue(db(), { name: 'digest', payload: { userId, localDate }, idempotencyKey: digestKey(userId, localDate), maxAttempts: 8 });
const makeDue = () => db().update(jobs).set({ runAt: sql`now()` }).where(eq(jobs.status, 'queued'));

describe('the digest over real SMTP', () => {
  it('reaches the recipient with the items, links and one-click unsubscribe headers', async () => {
    const u = await userWithItems('Alice');
    await enqueueDigest(u.userId, u.today);
    await runner().drain();

    const got = mailsTo(u.email);
    expect(got).toHaveLength(1);
    const raw = got[0]!.raw;
    const body = decodedBody(raw);
    expect(got[0]!.from).toBe('digest@trellis.example.org');
    expect(headerOf(raw, 'Subject')).toBe('Your Trellis digest: 1 overdue, 1 due today, 1 coming up');
    for (const title of ['Send Ana the deck (Alice)', 'Thank Raj for the intro (Alice)', 'Coffee with Mia (Alice)']) expect(body).toContain(title);
    expect(body).toContain('Mention the Q3 numbers');
    // Today is the app's home page (there is no /today route in the web app).
    expect(body).toMatch(/Open Today: https:\/\/trellis\.example\.org\/\r?\n/);
    const unsub = /https:\/\/trellis\.example\.org\/api\/v1\/unsubscribe\/[\w-]+/.exec(body)?.[0];
    expect(unsub).toBeDefined();
    // The footer says what the link does: it stops the digest, nothing more.
    expect(body).toContain('You get this digest because it is switched on in Trellis settings');
    expect(body).toContain(`Turn the digest off (one click, no login): ${unsub}`);
    expect(headerOf(raw, 'List-Unsubscribe')).toBe(`<${unsub}>`);
    expect(headerOf(raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(raw).toContain('Content-Type: text/html');

    const row = await findMailByKey(db(), digestKey(u.userId, u.today));
    expect(row).toMatchObject({ status: 'sent', kind: 'digest', toAddress: u.email, outboxFile: null });
    expect(headerOf(raw, 'Message-ID')).toBe(row!.messageId);
    // The unsubscribe link in the mail works.
    const page = await t.app.inject({ method: 'POST', url: unsub!.replace('https://trellis.example.org', ''), payload: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(page.statusCode).toBe(200);
    expect(await sendDigest(db(), config, u.userId, addDays(u.today, 1))).toEqual({ outcome: 'off' });
  });

  it('skips a digest with nothing to say, and the job still ends done', async () => {
    const u = await signupUser(t.app, { timezone: TZ });
    const today = todayIn(TZ, new Date());
    await enqueueDigest(u.userId, today);
    await runner().drain();
    expect(mailsTo(u.email)).toHaveLength(0);
    expect((await findJobByKey(db(), digestKey(u.userId, today)))?.status).toBe('done');
    expect(await findMailByKey(db(), digestKey(u.userId, today))).toBeNull();
  });
});

describe('the day\'s "due today" inbox item', () => {
  it('reaches everyone at their hour; the mail only on mail days (digest off, or a weekly digest on another weekday: none)', async () => {
    const weekday = DateTime.fromISO(todayIn(TZ, new Date())).weekday;
    const cases = [
      { name: 'Dora', digest: 'off', outcome: 'off', mails: 0 },
      { name: 'Emil', digest: 'weekly', weekStartsOn: (weekday % 7) + 1, outcome: 'not_mail_day', mails: 0 },
      { name: 'Fay', digest: 'weekly', weekStartsOn: weekday, outcome: 'sent', mails: 1 },
      { name: 'Gil', digest: 'daily', outcome: 'sent', mails: 1 },
    ];
    for (const c of cases) {
      const u = await userWithItems(c.name);
      await setDigest(db(), u.userId, { digest: c.digest, ...(c.weekStartsOn ? { weekStartsOn: c.weekStartsOn } : {}) });
      expect((await sendDigest(db(), config, u.userId, u.today)).outcome, c.name).toBe(c.outcome);
      expect(mailsTo(u.email), c.name).toHaveLength(c.mails);
      const items = (await inboxOf(t, u)).filter((i) => i.kind === 'due_today');
      expect(items, c.name).toHaveLength(1);
      expect(items[0]!.title, c.name).toMatch(/1 overdue/);
      // The job again (a retry, a second worker): still one item.
      await sendDigest(db(), config, u.userId, u.today);
      expect((await inboxOf(t, u)).filter((i) => i.kind === 'due_today'), c.name).toHaveLength(1);
    }
  });
});

describe('exactly once', () => {
  it('two workers racing (and two instances enqueueing) send one digest', async () => {
    const u = await userWithItems('Bob');
    expect(await enqueueDigest(u.userId, u.today)).toBe(true);
    expect(await enqueueDigest(u.userId, u.today)).toBe(false);
    // On PostgreSQL the second worker has its own connection pool, like another app instance.
    let other: Database | null = null;
    if (t.database.kind === 'postgres' && process.env.TEST_DATABASE_URL) {
      const { rows } = (await db().execute(sql`select current_database() as name`)) as unknown as { rows: { name: string }[] };
      const name = rows[0]!.name;
      const url = new URL(process.env.TEST_DATABASE_URL);
      url.pathname = `/${name}`;
      other = await openPostgresDatabase(url.toString(), 2);
    }
    const a = runner(jobHandlers, 'a');
    const b = new JobRunner({ db: other?.db ?? db(), config, handlers: jobHandlers, workerId: 'b' });
    await Promise.all([a.drain(), b.drain()]);
    await other?.close();
    expect(mailsTo(u.email)).toHaveLength(1);

    // Even two handlers running the same digest at once (past the job guard) do not both send.
    const c = await userWithItems('Carol');
    const results = await Promise.allSettled([sendDigest(db(), config, c.userId, c.today), sendDigest(db(), config, c.userId, c.today)]);
    expect(mailsTo(c.email)).toHaveLength(1);
    expect(results.filter((r) => r.status === 'fulfilled' && r.value.outcome === 'sent')).toHaveLength(1);
  });

  it('a crash before sending, or after sending but before the job is marked done, is retried without a double send', async () => {
    const u = await userWithItems('Dan');
    let calls = 0;
    const crashy: JobHandler = async (job, ctx) => {
      calls++;
      if (calls === 1) throw new Error('crash before the mail row');
      await runDigestJob(job, ctx);
      if (calls === 2) throw new Error('crash after the mail went out');
    };
    await enqueueDigest(u.userId, u.today);
    const r = runner({ ...jobHandlers, digest: crashy });
    for (let i = 0; i < 3; i++) {
      await makeDue();
      await r.drain();
    }
    expect(calls).toBe(3);
    expect(mailsTo(u.email)).toHaveLength(1);
    expect(await findJobByKey(db(), digestKey(u.userId, u.today))).toMatchObject({ status: 'done', attempts: 3 });
  });

  it('an SMTP failure marks the mail failed and the retry sends it once', async () => {
    const u = await userWithItems('Eve');
    const deadSmtp = { ...config, smtpUrl: 'smtp://127.0.0.1:1' };
    let calls = 0;
    const flaky: JobHandler = async (job, ctx) => {
      calls++;
      await runDigestJob(job, calls === 1 ? { ...ctx, config: deadSmtp } : ctx);
    };
    await enqueueDigest(u.userId, u.today);
    const r = runner({ ...jobHandlers, digest: flaky });
    await r.drain();
    expect(await findMailByKey(db(), digestKey(u.userId, u.today))).toMatchObject({ status: 'failed' });
    await makeDue();
    await r.drain();
    expect(mailsTo(u.email)).toHaveLength(1);
    expect(await findMailByKey(db(), digestKey(u.userId, u.today))).toMatchObject({ status: 'sent', error: null });
  });

  it('a mail left "sending" by a dead process: waits while recent, resends once (marked) when stale', async () => {
    const u = await userWithItems('Fay');
    const key = digestKey(u.userId, u.today);
    await db().insert(sentMails).values({ userId: u.userId, kind: 'digest', idempotencyKey: key, toAddress: u.email, subject: 'x', status: 'sending' });
    await enqueueDigest(u.userId, u.today);
    await runner().drain();
    expect(mailsTo(u.email)).toHaveLength(0);
    expect((await findJobByKey(db(), key))?.lastError).toContain('being sent by another attempt');

    await db().update(sentMails).set({ createdAt: sql`now() - interval '20 minutes'` }).where(eq(sentMails.idempotencyKey, key));
    await makeDue();
    await runner().drain();
    expect(mailsTo(u.email)).toHaveLength(1);
    expect(await findMailByKey(db(), key)).toMatchObject({ status: 'sent', error: RESENT_MARK });
  });
});

describe('immediate mail (notify jobs)', () => {
  it('sends once per key, with the unsubscribe footer', async () => {
    const u = await signupUser(t.app);
    const n = { userId: u.userId, what: 'mentorship_request', subject: 'Ana asked you to mentor her', text: 'Open Trellis to answer.', key: 'mentorship_request:123' };
    expect(await enqueueNotification(db(), n)).toBe(true);
    expect(await enqueueNotification(db(), n)).toBe(false);
    await runner().drain();
    const got = mailsTo(u.email);
    expect(got).toHaveLength(1);
    expect(headerOf(got[0]!.raw, 'Subject')).toBe('Ana asked you to mentor her');
    const body = decodedBody(got[0]!.raw);
    expect(body).toContain('/api/v1/unsubscribe/');
    expect(body).toContain('could not wait for the digest. Turn the daily digest off (one click, no login)');
    expect(body).not.toContain('these e-mails');
    expect(await findMailByKey(db(), 'notify:mentorship_request:123')).toMatchObject({ kind: 'notify:mentorship_request', status: 'sent' });
    await expect(enqueueNotification(db(), { ...n, what: 'Bad Kind' })).rejects.toThrow();
  });
});

describe('digest preview', () => {
  it('shows what would be sent now, weekly wording when weekly', async () => {
    const u = await userWithItems('Gus');
    await setDigest(db(), u.userId, { digest: 'weekly' });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/digest/preview', headers: u.headers });
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ wouldSend: true, to: u.email, counts: { overdue: 1, today: 1, upcoming: 1 } });
    expect(p.subject).toMatch(/^Your week in Trellis/);
    expect(p.text).toContain('Coffee with Mia (Gus)');
    expect(p.html).toContain('<strong>Thank Raj for the intro (Gus)</strong>');
    expect(p.html).not.toContain('/today"');
    const empty = await signupUser(t.app);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/digest/preview', headers: empty.headers })).json()).toMatchObject({ wouldSend: false });
  });
});

describe('digest links', () => {
  it("land on pages the web app has: the contact's page, and Today at the root", () => {
    const item = { id: 'f1', source: 'thank_you', sourceId: null, title: 'Thank Ana', prompt: null, dueDate: '2030-01-01', dueAt: null, contact: { id: 'c1', displayName: 'Ana', company: null }, status: 'open', snoozedUntil: null, skipReason: null, completedAt: null, actions: ['done'], logsInteraction: false } as const;
    const d = composeDigest({ name: 'Zoe', frequency: 'daily', data: { overdue: [], today: [{ ...item, actions: [...item.actions] }], upcoming: [] }, appUrl: 'https://t.example' });
    expect(d.html).toContain('href="https://t.example/network/contacts/c1"');
    expect(d.html).toContain('href="https://t.example/"');
    expect(d.text).toContain('Open Today: https://t.example/');
    expect(d.html).not.toContain('/today');
  });
});
