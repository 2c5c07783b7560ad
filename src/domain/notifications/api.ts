import { z } from 'zod';

/** API shapes of the notifications room: sent mail (outbox), calendar feed, digest preview. */

export const MAIL_STATUSES = ['sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** digest | notify:<what> (e.g. notify:mentorship_request); open-ended so rooms can add kinds. */
export const mailKind = z.string().min(1).max(80);

export const mailSummary = z.object({
  id: z.uuid(),
  kind: mailKind,
  to: z.string(),
  subject: z.string(),
  status: z.enum(MAIL_STATUSES),
  createdAt: z.string().describe('ISO 8601 instant the send was first attempted'),
  sentAt: z.string().nullable(),
  /** File name inside DATA_DIR/outbox when no SMTP server is configured; null when sent over SMTP. */
  outboxFile: z.string().nullable(),
  messageId: z.string().nullable(),
  error: z.string().nullable(),
});
export type MailSummary = z.infer<typeof mailSummary>;

export const mailDetail = mailSummary.extend({
  /** The raw RFC 822 message as written to the outbox; null for mail that went out over SMTP. */
  eml: z.string().nullable(),
});
export type MailDetail = z.infer<typeof mailDetail>;

export const mailListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** Opaque keyset cursor from a previous page's nextCursor. */
  cursor: z.string().max(200).optional(),
});
export type MailListQuery = z.input<typeof mailListQuery>;

export const mailList = z.object({ items: z.array(mailSummary), nextCursor: z.string().nullable() });
export type MailList = z.infer<typeof mailList>;

/**
 * Only a hash of the feed secret is stored, so the full URL can be shown when it is created or
 * rotated, never again: `feedUrl` is null afterwards and the UI offers "rotate to get a new URL".
 */
export const calendarFeedResponse = z.object({
  feedUrl: z.url().nullable(),
  hasFeed: z.boolean(),
  /** True when this call created the secret (first call, or a rotation). */
  created: z.boolean(),
});
export type CalendarFeedResponse = z.infer<typeof calendarFeedResponse>;

export const feedTokenParams = z.object({ token: z.string().min(1).max(200) });
export const calendarFeedQuery = z.object({
  /**
   * todos (default): follow-ups as VTODO. events: follow-ups as all-day VEVENTs too, for clients
   * such as Google Calendar that ignore VTODO in subscribed calendars.
   */
  as: z.enum(['todos', 'events']).default('todos'),
});

export const unsubscribeParams = z.object({ token: z.string().min(1).max(200) });

export const digestPreviewResponse = z.object({
  /** False when there is nothing to say: the digest would be skipped. */
  wouldSend: z.boolean(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  counts: z.object({ overdue: z.number().int(), today: z.number().int(), upcoming: z.number().int() }),
});
export type DigestPreview = z.infer<typeof digestPreviewResponse>;
