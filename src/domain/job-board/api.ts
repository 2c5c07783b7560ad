import { z } from 'zod';
import { isoDate, noNul, NUL_MESSAGE, optionalText } from '../text-fields';
import { INTEREST_STATES, LISTING_KINDS } from './rules';

/**
 * Request and response schemas of the job board API (/programs/:id/job-listings, /job-listings).
 */
const required = (label: string, max: number) =>
  z.string({ message: `${label} is required` }).trim().min(1, `${label} is required`).max(max, `${label} is too long (at most ${max} characters)`).refine(noNul, NUL_MESSAGE);

export const listingKind = z.enum(LISTING_KINDS, { message: `Choose one of: ${LISTING_KINDS.join(', ')}` });
export const interestState = z.enum(INTEREST_STATES);

const link = z
  .string()
  .trim()
  .max(2000, 'Link is too long (at most 2000 characters)')
  .refine((v) => v === '' || /^https?:\/\/[^\s]+$/i.test(v), 'Use a web address starting with http:// or https://')
  .nullable()
  .optional()
  .transform((v) => (v === '' ? null : v));

const tags = z
  .array(z.string().trim().min(1, 'Skills and areas: an empty entry').max(80, 'Skills and areas: at most 80 characters each'), { message: 'Skills and areas must be a list' })
  .max(20, 'Skills and areas: at most 20')
  .transform((l) => [...new Set(l)]);

const fields = {
  title: required('Title', 160),
  organization: required('Organisation', 160),
  kind: listingKind,
  location: optionalText(160, 'Location'),
  remote: z.boolean({ message: 'Remote is yes or no' }),
  link,
  description: optionalText(4000, 'Description'),
  tags,
  closesOn: isoDate.nullable().optional(),
};

export const createListingBody = z
  .object({ ...fields, remote: fields.remote.default(false), tags: tags.default([]) })
  .refine((b) => b.remote || Boolean(b.location), { message: 'Give a location, or mark the listing remote', path: ['location'] });
export type CreateListingBody = z.input<typeof createListingBody>;

/** Any field; `status: closed` closes the listing, `open` reopens it. */
export const updateListingBody = z.object({
  title: fields.title.optional(),
  organization: fields.organization.optional(),
  kind: listingKind.optional(),
  location: fields.location,
  remote: fields.remote.optional(),
  link,
  description: fields.description,
  tags: tags.optional(),
  closesOn: fields.closesOn,
  status: z.enum(['open', 'closed']).optional(),
});
export type UpdateListingBody = z.input<typeof updateListingBody>;

export const interestBody = z.object({ state: interestState.nullable() });

export const listingResponse = z.object({
  id: z.string(),
  programId: z.string(),
  programName: z.string(),
  title: z.string(),
  organization: z.string(),
  kind: listingKind,
  location: z.string().nullable(),
  remote: z.boolean(),
  link: z.string().nullable(),
  description: z.string().nullable(),
  tags: z.array(z.string()),
  closesOn: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  /** open and not past its closing date, in the caller's today. */
  isOpen: z.boolean(),
  approval: z.enum(['approved', 'pending']),
  /** The poster's name only: never contact details. */
  postedBy: z.object({ name: z.string(), role: z.enum(['coordinator', 'mentor']) }),
  postedByMe: z.boolean(),
  canEdit: z.boolean(),
  canApprove: z.boolean(),
  /** The caller's own mark on it. */
  myInterest: interestState.nullable(),
  appliedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ListingResponse = z.infer<typeof listingResponse>;
export const matchedListing = listingResponse.extend({ score: z.number(), whyMatches: z.array(z.string()) });
export type MatchedListing = z.infer<typeof matchedListing>;

export const listingListResponse = z.object({ items: z.array(listingResponse), nextCursor: z.string().nullable() });
export const matchedListResponse = z.object({
  items: z.array(matchedListing),
  nextCursor: z.string().nullable(),
  /** The goal terms the ranking used, so the page can say what it matched against. */
  goalTerms: z.array(z.string()),
});

const page = {
  limit: z.coerce.number().int().min(1, 'At least 1').max(100, 'At most 100').default(20),
  cursor: z.string().max(500).optional(),
};
export const programListingsQuery = z.object({
  ...page,
  /** open = open and approved · pending = waiting for approval · closed = closed or past its date · mine = posted by you. */
  view: z.enum(['open', 'pending', 'closed', 'mine']).default('open'),
});
export const matchedQuery = z.object({
  ...page,
  programId: z.uuid({ message: 'Choose a program' }).optional(),
  /** Only what you saved or applied to. */
  saved: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
