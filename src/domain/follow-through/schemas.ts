import { z } from 'zod';
import { CADENCE_LIMITS, validateCadence } from './cadence';
import { isValidTimeZone } from './local-time';
import { isValidOccasionDate } from './occasions';
import { validateTemplate } from './templates';
import { CADENCE_CIRCLES, CIRCLES, INTERACTION_KINDS, type CadenceCircle } from './vocabulary';

/** Input schemas for the API layer; the domain functions assume data that passed these. */

export const interactionKindSchema = z.enum(INTERACTION_KINDS);
export const circleSchema = z.enum(CIRCLES);
export const cadenceCircleSchema = z.enum(CADENCE_CIRCLES as [CadenceCircle, ...CadenceCircle[]]);

export const timeZoneSchema = z.string().refine(isValidTimeZone, { message: 'Unknown IANA time zone' });

export const occasionDateSchema = z
  .string()
  .refine(isValidOccasionDate, { message: 'Expected a real date as YYYY-MM-DD or --MM-DD' });

export const cadenceSchema = z
  .object({
    every: z.number().int(),
    unit: z.enum(Object.keys(CADENCE_LIMITS) as ['day', 'week', 'month']),
  })
  .superRefine((cadence, ctx) => {
    const result = validateCadence(cadence);
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message, path: ['every'] });
  });

/** User overrides of circle defaults; null switches the circle's reminders off. */
export const circleCadenceDefaultsSchema = z.partialRecord(cadenceCircleSchema, cadenceSchema.nullable());

export const habitSchema = z.object({
  kind: z.enum(['distinct_people', 'new_people', 'interactions']),
  target: z.number().int().min(1).max(100),
  filter: z
    .object({
      kinds: z.array(interactionKindSchema).optional(),
      circles: z.array(circleSchema).optional(),
    })
    .optional(),
});

export const weekStartsOnSchema = z.union([z.literal(1), z.literal(7)]);

function templateText(maxLength: number) {
  return z
    .string()
    .max(maxLength)
    .superRefine((text, ctx) => {
      const result = validateTemplate(text);
      if (!result.ok) ctx.addIssue({ code: 'custom', message: result.error.message });
    });
}

export const templateSchema = z.object({
  name: z.string().trim().min(1).max(120),
  channel: z.enum(['email', 'linkedin']).default('email'),
  subject: templateText(300).nullable(),
  body: templateText(10_000).refine((b) => b.trim().length > 0, { message: 'Template body is empty' }),
  characterLimit: z.number().int().positive().optional(),
});

export const commitmentActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('nudge') }),
  z.object({ type: z.literal('complete') }),
  z.object({ type: z.literal('thank') }),
  z.object({ type: z.literal('drop'), reason: z.string().trim().min(1, 'Say why the commitment is dropped') }),
  z.object({ type: z.literal('reopen') }),
  z.object({ type: z.literal('thank_introducer') }),
]);

export type CadenceInput = z.infer<typeof cadenceSchema>;
export type HabitInput = z.infer<typeof habitSchema>;
export type TemplateInput = z.infer<typeof templateSchema>;
