import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { randomToken, sha256 } from '../../auth/secrets';
import { badRequest } from '../../errors';
import type { CalendarFeedResponse, MailDetail, MailList, MailSummary } from '../../../domain/notifications/api';
import { buildCalendarFeed } from '../../calendar/build-feed';
import { outboxDir } from '../../mail/transport';
import * as mq from '../../mail/queries';
import { listOccasionsForFeed, listOpenFollowUpsForFeed } from '../follow-through/feed-service';
import { listGoingEventsForFeed } from '../events/service';
import * as q from './queries';

// ---- outbox ------------------------------------------------------------------------------

export function presentMail(r: mq.SentMailRow): MailSummary {
  return {
    id: r.id,
    kind: r.kind,
    to: r.toAddress,
    subject: r.subject,
    status: r.status as MailSummary['status'],
    createdAt: r.createdAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    outboxFile: r.outboxFile,
    messageId: r.messageId,
    error: r.error,
  };
}

const cursorShape = z.object({ t: z.iso.datetime(), i: z.uuid() });

function decodeMailCursor(raw: string | undefined) {
  if (!raw) return undefined;
  try {
    const c = cursorShape.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return { createdAt: new Date(c.t), id: c.i };
  } catch {
    throw badRequest('This cursor is malformed; start again from the first page.', [
      { path: 'querystring.cursor', message: 'Malformed cursor' },
    ]);
  }
}

export async function listMails(db: Db, userId: string, limit: number, cursor?: string): Promise<MailList> {
  const rows = await mq.listMailsForUser(db, userId, limit + 1, decodeMailCursor(cursor));
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? Buffer.from(JSON.stringify({ t: last.createdAt.toISOString(), i: last.id })).toString('base64url')
      : null;
  return { items: page.map(presentMail), nextCursor };
}

export const findMail = (db: Db, userId: string, id: string) => mq.findMailForUser(db, userId, id);

/** The .eml is read from the outbox; a file removed by an admin shows as null rather than an error. */
export async function mailDetail(config: Config, row: mq.SentMailRow): Promise<MailDetail> {
  let eml: string | null = null;
  if (row.outboxFile) {
    eml = await readFile(join(outboxDir(config), basename(row.outboxFile)), 'utf8').catch(() => null);
  }
  return { ...presentMail(row), eml };
}

// ---- unsubscribe -------------------------------------------------------------------------

/** Null when the token is unknown. */
export async function findUnsubscribe(db: Db, token: string) {
  const s = await q.findSettingsByUnsubscribeToken(db, token);
  return s ? { userId: s.userId, digest: s.digest } : null;
}

export async function unsubscribe(db: Db, token: string): Promise<boolean> {
  const s = await q.findSettingsByUnsubscribeToken(db, token);
  if (!s) return false;
  await q.turnDigestOff(db, s.userId);
  return true;
}

// ---- calendar feed -----------------------------------------------------------------------

const feedUrl = (config: Config, token: string) => `${config.publicUrl}/api/v1/calendar/${token}.ics`;

/**
 * Only the token's hash is stored, so the URL can be shown once: when this call creates it.
 * Later calls answer `feedUrl: null, hasFeed: true`; the user rotates to see a (new) URL.
 */
export async function getOrCreateFeed(db: Db, config: Config, userId: string): Promise<CalendarFeedResponse> {
  const settings = await q.ensureSettings(db, userId);
  if (settings.calendarTokenHash) return { feedUrl: null, hasFeed: true, created: false };
  const token = randomToken(32);
  if (await q.setCalendarTokenHashIfNone(db, userId, sha256(token))) {
    return { feedUrl: feedUrl(config, token), hasFeed: true, created: true };
  }
  return { feedUrl: null, hasFeed: true, created: false };
}

/** A new secret; the old URL stops working at once. */
export async function rotateFeed(db: Db, config: Config, userId: string): Promise<CalendarFeedResponse> {
  await q.ensureSettings(db, userId);
  const token = randomToken(32);
  await q.setCalendarTokenHash(db, userId, sha256(token));
  return { feedUrl: feedUrl(config, token), hasFeed: true, created: true };
}

/** Null when no user has this token. */
export async function renderFeed(db: Db, config: Config, token: string, as: 'todos' | 'events', now = new Date()) {
  const owner = await q.findUserByCalendarTokenHash(db, sha256(token));
  if (!owner) return null;
  const [followUps, occasions] = [await listOpenFollowUpsForFeed(db, owner.userId, now), await listOccasionsForFeed(db, owner.userId)];
  const events = await listGoingEventsForFeed(db, owner.userId, config.publicUrl, now);
  return buildCalendarFeed({ followUps, occasions, events, timeZone: owner.timezone, appUrl: config.publicUrl, now, as });
}
