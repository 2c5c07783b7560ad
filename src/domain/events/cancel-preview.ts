import { z } from 'zod';

/**
 * What cancelling would do, asked before the coordinator confirms (GET /events/:id/cancel-preview):
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
