import { z } from 'zod';

/**
 * What a cancel or an edit of an occurrence would reach, asked before the coordinator confirms.
 *
 * Cancelling (GET /events/:id/cancel-preview):
 * the occurrences that would be cancelled and the people going or waitlisted for them, who are
 * the ones e-mailed. The same selection as the cancel itself, so the numbers are the server's.
 */
export const cancelPreviewResponse = z.object({
  scope: z.enum(['this', 'series']),
  /** Occurrences that would be cancelled (1 for one event; this and the later upcoming ones for a series). */
  occurrences: z.number().int(),
  /** Distinct people going or on the waitlist for any of them: who gets the cancellation. */
  people: z.number().int(),
  /** The answers behind that: one person may be going to several occurrences. */
  going: z.number().int(),
  waitlisted: z.number().int(),
  firstStartsAt: z.string(),
  lastStartsAt: z.string(),
});
export type CancelPreview = z.infer<typeof cancelPreviewResponse>;

/**
 * How far an edit of one occurrence would reach (GET /events/:id/edit-reach): the other upcoming,
 * still scheduled occurrences that `scope=following` and `scope=all` would change as well, as the
 * edit itself selects them (already cancelled or finished ones are never edited).
 */
export const editReachResponse = z.object({
  /** Later occurrences besides this one that "this and following" changes. */
  following: z.number().int(),
  /** Occurrences besides this one that "all upcoming" changes. */
  all: z.number().int(),
});
export type EditReach = z.infer<typeof editReachResponse>;
