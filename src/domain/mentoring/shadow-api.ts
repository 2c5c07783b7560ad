import { z } from 'zod';
import { isoDate, NUL_MESSAGE, noNul, optionalText } from '../text-fields';
import { SHADOW_STATUSES } from './shadow';

/** Request and response schemas of shadow-a-day requests (mentee and mentor sides). */

export const createShadowBody = z.object({
  proposedDates: z.array(isoDate).min(1, 'Propose at least one day').max(10, 'At most 10 days'),
  hopes: z.string({ message: 'Say what you hope to see' }).trim().refine(noNul, NUL_MESSAGE).min(1, 'Say what you hope to see').max(2000, 'At most 2000 characters'),
  note: optionalText(2000, 'Note'),
});
export type CreateShadowBody = z.input<typeof createShadowBody>;

export const answerShadowBody = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('accept'),
    date: isoDate,
    /** Required: the mentor's clients and colleagues approved the visit. */
    approvalConfirmed: z.boolean({ message: 'Confirm that your clients and colleagues approved the visit' }),
    note: optionalText(2000, 'Note'),
  }),
  z.object({ decision: z.literal('decline'), message: optionalText(2000, 'Message') }),
], { message: 'Choose accept or decline' });
export type AnswerShadowBody = z.input<typeof answerShadowBody>;

export const shadowResponse = z.object({
  id: z.string(),
  mentorshipId: z.string(),
  proposedDates: z.array(z.string()),
  hopes: z.string(),
  note: z.string().nullable(),
  status: z.enum(SHADOW_STATUSES),
  chosenDate: z.string().nullable(),
  approvalConfirmed: z.boolean(),
  mentorNote: z.string().nullable(),
  declineMessage: z.string().nullable(),
  answeredBy: z.enum(['mentor', 'mentee']).nullable(),
  answeredAt: z.string().nullable(),
  /** Who answers: the mentor on Trellis, or the mentee recording an external mentor's answer. */
  answeredOnTrellis: z.boolean(),
  createdAt: z.string(),
});
export type ShadowResponse = z.infer<typeof shadowResponse>;
export const shadowListResponse = z.object({ items: z.array(shadowResponse), nextCursor: z.string().nullable() });
export const menteeShadowParams = z.object({ id: z.uuid({ message: 'Not a valid id' }), requestId: z.uuid({ message: 'Not a valid id' }) });
