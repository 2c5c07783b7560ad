import { DateTime } from 'luxon';
import { z } from 'zod';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { DigestPreview } from '../../../domain/notifications/api';
import { listFollowUpsForDigest } from '../follow-through/feed-service';
import { sendMail, type SendResult } from '../../mail/send-mail';
import { enqueue } from '../../jobs/queue';
import { PermanentJobError, type JobHandler } from '../../jobs/runner';
import { composeDigest, type DigestFrequency } from './digest';
import { enqueueDueDigests, ensureSettings, findRecipient } from './queries';
import { news, notify } from '../inbox/service';

/** Enough retries to outlast the mail row's stale window (see STALE_SENDING_SECONDS) with backoff. */
export const DIGEST_MAX_ATTEMPTS = 8;

export const digestKey = (userId: string, localDate: string) => `digest:${userId}:${localDate}`;

/** Every minute (as a scheduled job): one bulk insert of the digests due this local hour. */
export const sweepDigests = (db: Db) => enqueueDueDigests(db, DIGEST_MAX_ATTEMPTS);

/** Hourly and at worker start: today's digests whose hour passed without a sweep (worker down). */
export const catchUpDigests = (db: Db) => enqueueDueDigests(db, DIGEST_MAX_ATTEMPTS, true);

export async function previewDigest(db: Db, config: Config, userId: string, now = new Date()): Promise<DigestPreview | null> {
  const user = await findRecipient(db, userId);
  if (!user) return null;
  const settings = await ensureSettings(db, userId);
  const frequency: DigestFrequency = settings.digest === 'weekly' ? 'weekly' : 'daily';
  const data = await listFollowUpsForDigest(db, userId, now);
  return { to: user.email, ...composeDigest({ name: user.name, frequency, data, appUrl: config.publicUrl }) };
}

const digestPayload = z.object({ userId: z.uuid(), localDate: z.string(), frequency: z.enum(['off', 'daily', 'weekly']).optional() });

/** `off`: the digest is off; `not_mail_day`: a weekly digest on another weekday. Both still leave the inbox item. */
export type DigestOutcome = { outcome: 'sent' | 'already_sent' | 'nothing_due' | 'off' | 'not_mail_day' | 'no_user' };

/**
 * The day's digest job: the "due today" inbox item for everyone, then the mail on mail days (daily,
 * or a weekly digest's weekday). The mail's idempotency key is the job's (digest:<user>:<local
 * date>), so a re-run after a crash finds the mail already sent, and the inbox item's key is the
 * day's. Nothing due → no mail; the job still ends as done, and its key keeps the sweep from
 * enqueueing that day again.
 */
export async function sendDigest(db: Db, config: Config, userId: string, localDate: string, now = new Date()): Promise<DigestOutcome & { mail?: SendResult }> {
  const user = await findRecipient(db, userId);
  if (!user) return { outcome: 'no_user' };
  const settings = await ensureSettings(db, userId);
  const data = await listFollowUpsForDigest(db, userId, now);
  await notify(db, news.dueToday({ userId, localDate, overdue: data.overdue.length, today: data.today.length, titles: [...data.overdue, ...data.today].map((i) => i.title) }));
  // Read now, not at the sweep: unsubscribed in between means no mail.
  if (settings.digest === 'off') return { outcome: 'off' };
  if (settings.digest === 'weekly' && DateTime.fromISO(localDate).weekday !== settings.weekStartsOn) return { outcome: 'not_mail_day' };
  const frequency: DigestFrequency = settings.digest === 'weekly' ? 'weekly' : 'daily';
  const digest = composeDigest({ name: user.name, frequency, data, appUrl: config.publicUrl });
  if (!digest.wouldSend) return { outcome: 'nothing_due' };
  const mail = await sendMail(db, config, {
    userId,
    kind: 'digest',
    to: user.email,
    subject: digest.subject,
    text: digest.text,
    html: digest.html,
    idempotencyKey: digestKey(userId, localDate),
    unsubscribeToken: settings.unsubscribeToken,
  });
  return { outcome: mail.status, mail };
}

export const runDigestJob: JobHandler = async (job, ctx) => {
  const p = digestPayload.safeParse(job.payload);
  if (!p.success) throw new PermanentJobError(`bad digest payload: ${p.error.message}`);
  const r = await sendDigest(ctx.db, ctx.config, p.data.userId, p.data.localDate);
  ctx.log.debug?.({ job: 'digest', userId: p.data.userId, outcome: r.outcome }, 'digest');
};

/** What another room passes to send a mail that cannot wait for the digest. */
export type Notification = {
  userId: string;
  /** What happened, snake_case (mentorship_request); the mail kind becomes notify:<what>. */
  what: string;
  subject: string;
  text: string;
  html?: string;
  /** Unique per event, e.g. mentorship_request:<requestId>: enqueueing twice sends once. */
  key: string;
};

const notifyPayload = z.object({
  userId: z.uuid(),
  what: z.string().regex(/^[a-z][a-z0-9_]{0,60}$/),
  subject: z.string().min(1).max(300),
  text: z.string().min(1),
  html: z.string().optional(),
  key: z.string().min(1).max(300),
});

/** Immediate mail: a `notify` job, picked up within a poll interval; may be called inside the caller's transaction. */
export async function enqueueNotification(db: Parameters<typeof enqueue>[0], n: Notification): Promise<boolean> {
  const payload = notifyPayload.parse(n);
  return enqueue(db, { name: 'notify', payload, idempotencyKey: `notify:${payload.key}`, maxAttempts: DIGEST_MAX_ATTEMPTS });
}

export const runNotifyJob: JobHandler = async (job, ctx) => {
  const p = notifyPayload.safeParse(job.payload);
  if (!p.success) throw new PermanentJobError(`bad notify payload: ${p.error.message}`);
  const user = await findRecipient(ctx.db, p.data.userId);
  if (!user) return;
  await sendMail(ctx.db, ctx.config, {
    userId: user.id,
    kind: `notify:${p.data.what}`,
    to: user.email,
    subject: p.data.subject,
    text: p.data.text,
    ...(p.data.html ? { html: p.data.html } : {}),
    idempotencyKey: `notify:${p.data.key}`,
  });
};
