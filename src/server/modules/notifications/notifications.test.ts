import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { createTestApp, signupUser, type Session, type TestContext } from '../../../../tests/helpers/test-app';
import { loadConfig, type Config } from '../../config';
import { addDays, todayIn } from '../../../domain/follow-through/index';
import { sendMail } from '../../mail/send-mail';
import { closeTransports } from '../../mail/transport';
import { ensureSettings } from './queries';
import { addFollowUp, headerOf } from './test-support';

let t: TestContext;
let dataDir: string;
let config: Config;
let a: Session;
let b: Session;
const db = () => t.database.db;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'trellis-outbox-'));
  const env = { DATA_DIR: dataDir, PUBLIC_URL: 'https://trellis.example.org' };
  t = await createTestApp(env);
  config = loadConfig(env);
  a = await signupUser(t.app, { timezone: 'Europe/Berlin', name: 'Ana' });
  b = await signupUser(t.app, { timezone: 'Asia/Tokyo', name: 'Ben' });
});
afterAll(async () => {
  closeTransports();
  await t?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const get = (url: string, s?: Session) => t.app.inject({ method: 'GET', url, headers: s?.headers });

describe('outbox (no SMTP_URL)', () => {
  it('writes the mail as an .eml file and lists it for its owner only', async () => {
    const r = await sendMail(db(), config, { userId: a.userId, kind: 'digest', to: a.email, subject: 'Hello outbox', text: 'Body text', html: '<p>Body</p>', idempotencyKey: 'outbox-1' });
    expect(r.status).toBe('sent');
    expect(readdirSync(join(dataDir, 'outbox'))).toContain(r.outboxFile);
    expect(r.outboxFile).toMatch(/^\d{8}T\d{6}Z-[0-9a-f-]{36}\.eml$/);
    // Same key again: nothing new.
    expect((await sendMail(db(), config, { userId: a.userId, kind: 'digest', to: a.email, subject: 'Hello outbox', text: 'x', idempotencyKey: 'outbox-1' })).status).toBe('already_sent');
    expect(readdirSync(join(dataDir, 'outbox')).filter((f) => f.endsWith('.eml'))).toHaveLength(1);

    const list = await get('/api/v1/mail', a);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toHaveLength(1);
    expect(list.json().items[0]).toMatchObject({ id: r.mailId, subject: 'Hello outbox', kind: 'digest', status: 'sent', outboxFile: r.outboxFile, to: a.email });
    expect(list.json().items[0].sentAt).not.toBeNull();
    expect((await get('/api/v1/mail', b)).json().items).toEqual([]);

    const detail = await get(`/api/v1/mail/${r.mailId}`, a);
    expect(detail.statusCode).toBe(200);
    const eml: string = detail.json().eml;
    expect(eml).toContain('Subject: Hello outbox');
    expect(eml).toContain('\r\n');
    expect(headerOf(eml, 'List-Unsubscribe')).toMatch(/^<https:\/\/trellis\.example\.org\/api\/v1\/unsubscribe\/[\w-]+>$/);
    expect(headerOf(eml, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect((await get(`/api/v1/mail/${r.mailId}`, b)).statusCode).toBe(404);
  });

  it('a stale "sending" row whose .eml already exists is marked sent, not written again', async () => {
    const { claimMail } = await import('../../mail/queries');
    const { outboxFileName } = await import('../../mail/send-mail');
    const { transportFor } = await import('../../mail/transport');
    const claim = await claimMail(db(), { userId: a.userId, kind: 'digest', idempotencyKey: 'outbox-crash', toAddress: a.email, subject: 'Crashy' }, 900);
    if (claim.state !== 'claimed') throw new Error('expected a new row');
    // The process wrote the file, then died before marking the row.
    await transportFor(config).send({ from: config.mailFrom, to: a.email, subject: 'Crashy', text: 'x', messageId: '<m@x>', headers: {} }, outboxFileName(claim.row));
    const { sentMails } = await import('../../db/schema/index');
    const { eq, sql } = await import('drizzle-orm');
    await db().update(sentMails).set({ createdAt: sql`created_at - interval '1 hour'` }).where(eq(sentMails.id, claim.row.id));
    const before = readdirSync(join(dataDir, 'outbox')).length;
    const r = await sendMail(db(), config, { userId: a.userId, kind: 'digest', to: a.email, subject: 'Crashy', text: 'x', idempotencyKey: 'outbox-crash' });
    expect(r.status).toBe('already_sent');
    expect(readdirSync(join(dataDir, 'outbox')).length).toBe(before);
  });

  it('pages with a cursor', async () => {
    for (let i = 0; i < 3; i++) await sendMail(db(), config, { userId: b.userId, kind: 'notify:test', to: b.email, subject: `Page ${i}`, text: 'x', idempotencyKey: `page-${i}` });
    const p1 = (await get('/api/v1/mail?limit=2', b)).json();
    expect(p1.items).toHaveLength(2);
    const p2 = (await get(`/api/v1/mail?limit=2&cursor=${p1.nextCursor}`, b)).json();
    expect(p2.items).toHaveLength(1);
    expect(p2.nextCursor).toBeNull();
    expect(new Set([...p1.items, ...p2.items].map((m: { subject: string }) => m.subject))).toEqual(new Set(['Page 0', 'Page 1', 'Page 2']));
    expect((await get('/api/v1/mail?cursor=garbage', b)).statusCode).toBe(400);
  });
});

describe('unsubscribe (no login)', () => {
  it('GET shows a confirmation page, POST one-click turns the digest off, a wrong token is 404', async () => {
    const token = (await ensureSettings(db(), b.userId)).unsubscribeToken;
    const page = await get(`/api/v1/unsubscribe/${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<form method="post"');
    expect((await ensureSettings(db(), b.userId)).digest).toBe('daily'); // GET alone changes nothing

    const post = await t.app.inject({
      method: 'POST',
      url: `/api/v1/unsubscribe/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(post.statusCode).toBe(200);
    expect(post.body).toContain('You are unsubscribed');
    expect((await ensureSettings(db(), b.userId)).digest).toBe('off');
    expect((await get(`/api/v1/unsubscribe/${token}`)).body).toContain('You are unsubscribed');

    const multipart = await t.app.inject({
      method: 'POST',
      url: `/api/v1/unsubscribe/${token}`,
      headers: { 'content-type': 'multipart/form-data; boundary=X' },
      payload: '--X\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--X--\r\n',
    });
    expect(multipart.statusCode).toBe(200);

    const wrongGet = await get('/api/v1/unsubscribe/not-a-token');
    expect(wrongGet.statusCode).toBe(404);
    expect(wrongGet.body).toContain('Link not found');
    const wrongPost = await t.app.inject({ method: 'POST', url: '/api/v1/unsubscribe/not-a-token', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    expect(wrongPost.statusCode).toBe(404);
    expect(wrongPost.headers['content-type']).toContain('application/problem+json');
  });
});

const tokenOf = (feedUrl: string) => /\/api\/v1\/calendar\/([^/]+)\.ics$/.exec(feedUrl)![1]!;

describe('calendar feed', () => {
  let feedUrl: string;
  beforeAll(async () => {
    const contact = await t.app.inject({
      method: 'POST',
      url: '/api/v1/contacts',
      headers: a.headers,
      payload: { displayName: 'Leap Lou', birthday: '--02-29', importantDates: [{ label: 'Work anniversary', date: '2019-06-03' }] },
    });
    expect(contact.statusCode).toBe(201);
    await t.app.inject({ method: 'POST', url: '/api/v1/contacts', headers: a.headers, payload: { displayName: 'Mo', birthday: '--07-14' } });
    const today = todayIn('Europe/Berlin', new Date());
    await addFollowUp(db(), a.userId, { title: 'Send Lou the article', dueDate: addDays(today, 2), prompt: 'The one about mentoring, with a note', contactId: contact.json().id });
    await addFollowUp(db(), a.userId, { title: 'Done already', dueDate: today, status: 'done' });
  });

  it('GET /calendar creates the feed once: the URL is shown then, and only then', async () => {
    const first = await get('/api/v1/calendar', a);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ hasFeed: true, created: true });
    feedUrl = first.json().feedUrl;
    expect(feedUrl).toMatch(/^https:\/\/trellis\.example\.org\/api\/v1\/calendar\/[\w-]{40,}\.ics$/);
    expect((await get('/api/v1/calendar', a)).json()).toEqual({ feedUrl: null, hasFeed: true, created: false });
    const stored = await ensureSettings(db(), a.userId);
    expect(stored.calendarTokenHash).toHaveLength(64);
    expect(stored.calendarTokenHash).not.toContain(tokenOf(feedUrl));
  });

  it('serves RFC 5545 that an independent parser reads: VTODO with DUE and a DISPLAY alarm, yearly birthdays', async () => {
    const res = await get(`/api/v1/calendar/${tokenOf(feedUrl)}.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.body.endsWith('\r\n')).toBe(true);
    expect(res.body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(res.body.replace(/\r\n/g, '')).not.toContain('\n');

    const cal = new ICAL.Component(ICAL.parse(res.body) as unknown[]);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toContain('Trellis');
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Trellis');

    const todos = cal.getAllSubcomponents('vtodo');
    const todo = todos.find((x) => String(x.getFirstPropertyValue('summary')).startsWith('Send Lou the article'))!;
    expect(todo).toBeDefined();
    expect(todos.some((x) => x.getFirstPropertyValue('summary') === 'Done already')).toBe(false);
    const due = todo.getFirstPropertyValue('due') as ICAL.Time;
    expect(due.isDate).toBe(true);
    expect(due.toString()).toBe(addDays(todayIn('Europe/Berlin', new Date()), 2));
    expect(todo.getFirstPropertyValue('description')).toBe('The one about mentoring, with a note');
    expect(todo.getFirstPropertyValue('uid')).toMatch(/^follow-up-.+@trellis\.example\.org$/);
    expect(todo.getFirstPropertyValue('dtstamp')).toBeTruthy();
    const alarm = todo.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm.getFirstPropertyValue('trigger')).toBeTruthy();

    const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    for (const e of events) {
      expect(e.uid).toBeTruthy();
      expect(e.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
    }
    const lou = events.find((e) => e.summary === "Leap Lou's birthday")!;
    expect(lou.startDate.isDate).toBe(true);
    expect(lou.isRecurring()).toBe(true);
    const it = lou.iterator();
    const seen: string[] = [];
    for (let next = it.next(); next && seen.length < 5; next = it.next()) seen.push(next.toString());
    // Feb 29 lands on Feb 28 outside leap years.
    expect(seen).toEqual(['2000-02-29', '2001-02-28', '2002-02-28', '2003-02-28', '2004-02-29']);
    const mo = events.find((e) => e.summary === "Mo's birthday")!;
    expect(String(mo.component.getFirstProperty('rrule')?.getFirstValue())).toBe('FREQ=YEARLY');
    const anniversary = events.find((e) => e.summary === 'Leap Lou: Work anniversary')!;
    expect(anniversary.startDate.toString()).toBe('2019-06-03');
    // Stable UIDs across fetches.
    const again = await get(`/api/v1/calendar/${tokenOf(feedUrl)}.ics`);
    const uids = (body: string) => [...body.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]).sort();
    expect(uids(again.body)).toEqual(uids(res.body));
  });

  it('?as=events renders follow-ups as all-day events for Google Calendar', async () => {
    const res = await get(`/api/v1/calendar/${tokenOf(feedUrl)}.ics?as=events`);
    const cal = new ICAL.Component(ICAL.parse(res.body) as unknown[]);
    expect(cal.getAllSubcomponents('vtodo')).toHaveLength(0);
    const ev = cal.getAllSubcomponents('vevent').find((e) => String(e.getFirstPropertyValue('summary')).startsWith('Send Lou the article'))!;
    expect(ev.getFirstSubcomponent('valarm')!.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  it("rotation kills the old URL; an unknown token is 404; another user's feed never shows yours", async () => {
    const rotated = await t.app.inject({ method: 'POST', url: '/api/v1/calendar/rotate', headers: a.headers });
    expect(rotated.statusCode).toBe(200);
    const newUrl = rotated.json().feedUrl as string;
    expect(newUrl).not.toBe(feedUrl);
    expect((await get(`/api/v1/calendar/${tokenOf(feedUrl)}.ics`)).statusCode).toBe(404);
    expect((await get(`/api/v1/calendar/${tokenOf(newUrl)}.ics`)).statusCode).toBe(200);
    expect((await get('/api/v1/calendar/made-up-token.ics')).statusCode).toBe(404);

    const bFeed = (await get('/api/v1/calendar', b)).json().feedUrl as string;
    const bBody = (await get(`/api/v1/calendar/${tokenOf(bFeed)}.ics`)).body;
    expect(bBody).toContain('BEGIN:VCALENDAR');
    expect(bBody).not.toContain('Lou');
    expect(bBody).not.toContain('VTODO');
    feedUrl = newUrl;
  });
});
