import { z } from 'zod';
import { INBOX_KINDS } from './kinds';

/** Request and response schemas of the inbox (/inbox). */
export const inboxKind = z.enum(INBOX_KINDS, { message: `Use one of: ${INBOX_KINDS.join(', ')}` });

export const inboxListQuery = z.object({
  limit: z.coerce.number({ message: 'Use a number from 1 to 50' }).int({ message: 'Use a whole number' }).min(1, 'Use a number from 1 to 50').max(50, 'Use a number from 1 to 50').default(20),
  cursor: z.string().max(300, 'This cursor is malformed').optional(),
  /** `true` lists unread items only. */
  unread: z.enum(['true', 'false'], { message: 'Use true or false' }).optional().transform((v) => v === 'true'),
});
export type InboxListQuery = z.input<typeof inboxListQuery>;

export const inboxItem = z.object({
  id: z.string(),
  kind: inboxKind,
  title: z.string(),
  body: z.string().nullable(),
  /** A path inside the app, e.g. /mentoring/… */
  link: z.string(),
  actorName: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type InboxItem = z.infer<typeof inboxItem>;

export const inboxListResponse = z.object({ items: z.array(inboxItem), nextCursor: z.string().nullable() });
export type InboxListResponse = z.infer<typeof inboxListResponse>;

export const inboxCountResponse = z.object({ unread: z.number().int() });
export type InboxCountResponse = z.infer<typeof inboxCountResponse>;

export const markReadBody = z.object({ read: z.boolean({ message: 'Use true (read) or false (unread)' }) });
export type MarkReadBody = z.input<typeof markReadBody>;

export const readAllBody = z
  .object({
    /** Marks only items created up to this instant (what the reader saw); all unread items when absent. */
    upTo: z.iso.datetime({ offset: true, message: 'Use an ISO 8601 date-time' }).optional(),
  })
  .default({});
export const readAllResponse = z.object({ marked: z.number().int() });

export const inboxPreferences = z.object({
  kinds: z.array(z.object({ kind: inboxKind, label: z.string(), description: z.string(), muted: z.boolean() })),
});
export type InboxPreferences = z.infer<typeof inboxPreferences>;

export const inboxPreferencesBody = z.object({
  muted: z.array(inboxKind).max(INBOX_KINDS.length, 'Too many kinds'),
});
export type InboxPreferencesBody = z.input<typeof inboxPreferencesBody>;
