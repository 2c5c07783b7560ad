import { z } from 'zod';
import { optionalText } from '../text-fields';

/** Schemas of relationship health (quiet mentorships) and closure (reflection, paying it forward). */

export const healthListResponse = z.object({
  items: z.array(z.object({ mentorshipId: z.string(), quiet: z.boolean(), quietWeeks: z.number().int().nullable(), lastActivityOn: z.string().nullable(), quietAfterDays: z.number().int() })),
  nextCursor: z.string().nullable(),
});
export type HealthItem = z.infer<typeof healthListResponse>['items'][number];

export const closeMentorshipBody = z
  .object({
    learned: optionalText(5000, 'What you learned'),
    worked: optionalText(5000, 'What worked'),
    wouldChange: optionalText(5000, 'What you would change'),
  })
  .refine((b) => !!(b.learned || b.worked || b.wouldChange), { message: 'Write at least one line of reflection before ending', path: ['learned'] });
export type CloseMentorshipBody = z.input<typeof closeMentorshipBody>;

export const reflectionResponse = z.object({
  /** Your own reflection only: the other side's stays theirs. */
  learned: z.string().nullable(),
  worked: z.string().nullable(),
  wouldChange: z.string().nullable(),
  writtenAt: z.string().nullable(),
  status: z.enum(['active', 'paused', 'closed']),
  closedOn: z.string().nullable(),
});
export type ReflectionResponse = z.infer<typeof reflectionResponse>;

export const payItForwardResponse = z.object({
  skills: z.array(z.string()),
  bio: z.string(),
  /** You already have a mentor profile (the skills are added to it). */
  hasProfile: z.boolean(),
  profileListed: z.boolean(),
});
export type PayItForwardResponse = z.infer<typeof payItForwardResponse>;
