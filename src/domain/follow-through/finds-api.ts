import { z } from 'zod';

/** Request and response schemas of /finds: things worth sharing, matched to who cares about them. */

export const FIND_KINDS = ['article', 'job', 'event'] as const;

const findFields = {
  kind: z.enum(FIND_KINDS, { message: 'Choose article, job or event' }),
  title: z.string().trim().min(1, 'Give it a title').max(300),
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((u) => /^https?:\/\/[^\s]+\.[^\s]+/i.test(u), 'Use a web address starting with http:// or https://'),
  topics: z
    .array(z.string().trim().toLowerCase().min(1).max(100))
    .min(1, 'Add at least one topic, so Trellis knows who cares about it')
    .max(20)
    .transform((ts) => [...new Set(ts)]),
  note: z.string().trim().max(2000).nullable().optional(),
};
export const createFindBody = z.object(findFields);
export type CreateFindBody = z.output<typeof createFindBody>;

/** An edit changes any of the fields; the open share items follow the new title and topics. */
export const updateFindBody = z
  .object(findFields)
  .partial()
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'Change at least one field' });
export type UpdateFindBody = z.output<typeof updateFindBody>;

export const listFindsQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(1000).optional(),
});

export const findMatch = z.object({
  contact: z.object({ id: z.string(), displayName: z.string() }),
  /** The find's topics this person cares about (from their tags or what you talked about). */
  topics: z.array(z.string()),
  /** The Today item proposing to share it with them. */
  followUpId: z.string().nullable(),
});

export const findResponse = z.object({
  id: z.string(),
  kind: z.enum(FIND_KINDS),
  title: z.string(),
  url: z.string(),
  topics: z.array(z.string()),
  note: z.string().nullable(),
  createdAt: z.string(),
  /** Who it was proposed to (the answer to saving it). */
  matches: z.array(findMatch),
});
export type FindResponse = z.infer<typeof findResponse>;

/** A find in the list, with how its share items stand: still proposed, shared (done), or skipped. */
export const findListItem = findResponse.omit({ matches: true }).extend({
  shares: z.object({ open: z.number().int(), done: z.number().int(), skipped: z.number().int() }),
});
export type FindListItem = z.infer<typeof findListItem>;
export const findListResponse = z.object({ items: z.array(findListItem), nextCursor: z.string().nullable() });
export type FindListResponse = z.infer<typeof findListResponse>;
