import { z } from 'zod';
import { CIRCLES, INTERACTION_KINDS } from '../follow-through/vocabulary';
import { cadenceSchema } from '../follow-through/schemas';
import { isValidOccasionDate } from '../follow-through/occasions';

/**
 * Request and response schemas of the network API (/api/v1/contacts, /api/v1/interactions).
 * One source of truth for the server's validation, the OpenAPI document and the web client.
 */

export { CIRCLES, INTERACTION_KINDS };
export const LEVELS = ['student', 'entry', 'mid', 'senior', 'executive'] as const;
export const EMPLOYER_RELATIONS = ['inside', 'outside'] as const;
export const PARTICIPANT_ROLES = ['interviewer', 'recruiter', 'hr', 'arranged_by', 'attendee'] as const;
export const CONTACT_SORTS = ['name', '-name', 'last_contacted', '-last_contacted', 'created', '-created'] as const;

/**
 * How much the API accepts per field. Imports are held to the same numbers (see contact-limits.ts),
 * so nothing can get in through a file that a form or an API call would refuse.
 */
export const CONTACT_LIMITS = {
  givenName: 100,
  familyName: 100,
  displayName: 200,
  company: 200,
  title: 200,
  department: 200,
  industry: 200,
  howWeMet: 1000,
  notes: 20_000,
  linkedinUrl: 300,
  emails: 20,
  phones: 20,
  importantDates: 20,
  tags: 50,
  tagLength: 50,
  label: 40,
  value: 254,
  dateLabel: 80,
} as const;
const L = CONTACT_LIMITS;

const text = (max: number, label: string) => z.string().trim().max(max, `${label} is too long (at most ${max} characters)`);
const optionalText = (max: number, label: string) =>
  text(max, label)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

/** 'YYYY-MM-DD' or yearless '--MM-DD' (a birthday without a year: '--04-15'). */
export const occasionDate = z
  .string()
  .refine(isValidOccasionDate, { message: 'Use YYYY-MM-DD, or --MM-DD when the year is unknown (e.g. --04-15)' });

export const labelledValue = z.object({
  label: text(L.label, 'Label').nullable().default(null),
  value: text(L.value, 'Value').min(1, 'Enter a value'),
});

export const labelledEmail = labelledValue.extend({
  value: z.string().trim().max(L.value).pipe(z.email({ message: 'Enter a valid e-mail address' })),
});

export const linkedinUrl = z
  .string()
  .trim()
  .max(L.linkedinUrl)
  .regex(/^https?:\/\/([a-z]{2,3}\.)?linkedin\.com\/(in|pub)\/[^\s/?#]+\/?(\?.*)?$/i, 'Use a LinkedIn profile address like https://www.linkedin.com/in/name');

export const contactInput = z.object({
  givenName: optionalText(L.givenName, 'Given name'),
  familyName: optionalText(L.familyName, 'Family name'),
  /** When absent, built from given and family name. */
  displayName: optionalText(L.displayName, 'Name'),
  emails: z.array(labelledEmail).max(L.emails, `At most ${L.emails} e-mail addresses`).default([]),
  phones: z.array(labelledValue).max(L.phones, `At most ${L.phones} phone numbers`).default([]),
  company: optionalText(L.company, 'Company'),
  title: optionalText(L.title, 'Title'),
  department: optionalText(L.department, 'Department'),
  industry: optionalText(L.industry, 'Industry'),
  level: z.enum(LEVELS).nullable().optional(),
  employer: z.enum(EMPLOYER_RELATIONS).nullable().optional(),
  circle: z.enum(CIRCLES).nullable().optional(),
  howWeMet: optionalText(L.howWeMet, 'How we met'),
  birthday: occasionDate.nullable().optional(),
  importantDates: z
    .array(z.object({ label: text(L.dateLabel, 'Label').min(1, 'Name the date'), date: occasionDate }))
    .max(L.importantDates, `At most ${L.importantDates} dates`)
    .default([]),
  linkedinUrl: linkedinUrl.nullable().optional().or(z.literal('').transform(() => null)),
  tags: z.array(text(L.tagLength, 'Tag').min(1)).max(L.tags, `At most ${L.tags} tags`).default([]),
  notes: optionalText(L.notes, 'Notes'),
  starred: z.boolean().default(false),
  cadence: cadenceSchema.nullable().optional(),
});

/** Create requires a name (or something to derive one from); update is a partial of the same. */
export const createContactBody = contactInput.refine(
  (c) => Boolean(c.displayName || c.givenName || c.familyName || c.emails[0]),
  { message: 'Enter a name (or at least an e-mail address)', path: ['displayName'] },
);
/**
 * PATCH semantics: a field left out stays as it is. zod 4 applies `.default()` even under
 * `.partial()`, so the create defaults are unwrapped here or `{}` would wipe e-mails and tags.
 */
export const updateContactBody = contactInput
  .extend({
    emails: contactInput.shape.emails.unwrap(),
    phones: contactInput.shape.phones.unwrap(),
    importantDates: contactInput.shape.importantDates.unwrap(),
    tags: contactInput.shape.tags.unwrap(),
    starred: contactInput.shape.starred.unwrap(),
  })
  .partial();
export type CreateContactBody = z.input<typeof createContactBody>;
export type UpdateContactBody = z.input<typeof updateContactBody>;

export const contactResponse = z.object({
  id: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  displayName: z.string(),
  emails: z.array(z.object({ label: z.string().nullable(), value: z.string() })),
  phones: z.array(z.object({ label: z.string().nullable(), value: z.string() })),
  company: z.string().nullable(),
  title: z.string().nullable(),
  department: z.string().nullable(),
  industry: z.string().nullable(),
  level: z.enum(LEVELS).nullable(),
  employer: z.enum(EMPLOYER_RELATIONS).nullable(),
  circle: z.enum(CIRCLES).nullable(),
  howWeMet: z.string().nullable(),
  birthday: z.string().nullable(),
  importantDates: z.array(z.object({ label: z.string(), date: z.string() })),
  linkedinUrl: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string().nullable(),
  starred: z.boolean(),
  cadence: z.object({ every: z.number(), unit: z.enum(['day', 'week', 'month']) }).nullable(),
  /** Derived from the interaction log. */
  lastContactedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contact = z.infer<typeof contactResponse>;

/** A query parameter given as `a,b` or repeated (`?x=a&x=b`). */
const csv = <T extends z.ZodType<string, string>>(item: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(item));

export const listContactsQuery = z.object({
  q: z.string().trim().max(200).optional(),
  circle: csv(z.enum(CIRCLES)).optional(),
  tag: csv(z.string().max(50)).optional(),
  starred: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  employer: z.enum(EMPLOYER_RELATIONS).optional(),
  level: csv(z.enum(LEVELS)).optional(),
  /** Contacts last contacted before this date (or never), e.g. 6 months ago. */
  lastContactedBefore: z.iso.date({ message: 'Use YYYY-MM-DD' }).optional(),
  lastContactedAfter: z.iso.date({ message: 'Use YYYY-MM-DD' }).optional(),
  sort: z.enum(CONTACT_SORTS).default('name'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type ListContactsQuery = z.input<typeof listContactsQuery>;

export const contactListResponse = z.object({
  items: z.array(contactResponse),
  nextCursor: z.string().nullable(),
  /** Total matching the filters (not just this page). */
  total: z.number().int(),
});

/** GET /contacts/tags: every tag in use on live contacts, for filter pickers. */
export const contactTagsResponse = z.object({ items: z.array(z.object({ tag: z.string(), count: z.number().int() })) });

export const participantInput = z.object({
  contactId: z.uuid({ message: 'Not a valid contact id' }),
  role: z.enum(PARTICIPANT_ROLES).nullable().default(null),
});

export const interactionInput = z.object({
  kind: z.enum(INTERACTION_KINDS),
  occurredAt: z.iso.datetime({ offset: true, message: 'Use an ISO 8601 time with offset, e.g. 2026-11-23T10:00:00+01:00' }),
  /** Either contactIds (plain participants) or participants (with roles); at least one person. */
  contactIds: z.array(z.uuid({ message: 'Not a valid contact id' })).max(50).optional(),
  participants: z.array(participantInput).max(50).optional(),
  summary: optionalText(20_000, 'Summary'),
  topics: z.array(text(100, 'Topic').min(1)).max(30, 'At most 30 topics').default([]),
});

export const createInteractionBody = interactionInput.refine(
  (i) => (i.contactIds?.length ?? 0) + (i.participants?.length ?? 0) > 0,
  { message: 'Choose at least one person', path: ['contactIds'] },
);
/** As for contacts: the `topics` default must not apply to a PATCH that leaves topics out. */
export const updateInteractionBody = interactionInput.extend({ topics: interactionInput.shape.topics.unwrap() }).partial();
export type CreateInteractionBody = z.input<typeof createInteractionBody>;
export type UpdateInteractionBody = z.input<typeof updateInteractionBody>;

export const interactionResponse = z.object({
  id: z.string(),
  kind: z.enum(INTERACTION_KINDS),
  occurredAt: z.string(),
  summary: z.string().nullable(),
  topics: z.array(z.string()),
  participants: z.array(
    z.object({ contactId: z.string(), displayName: z.string(), role: z.enum(PARTICIPANT_ROLES).nullable() }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interaction = z.infer<typeof interactionResponse>;

export const listInteractionsQuery = z.object({
  contactId: z.uuid().optional(),
  kind: csv(z.enum(INTERACTION_KINDS)).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

export const interactionListResponse = z.object({ items: z.array(interactionResponse), nextCursor: z.string().nullable() });
