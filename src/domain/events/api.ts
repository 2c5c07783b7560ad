import { z } from 'zod';
import { noNul, NUL_MESSAGE, optionalText } from '../text-fields';
import { timeZoneSchema } from '../accounts/schemas';
import { MEMBER_ROLES } from '../programs/rules';
import { EVENT_KINDS, EVENT_STATUSES, RSVP_STATUSES } from './rules';
import { MAX_OCCURRENCES, MONTHLY_BY, REPEAT_FREQS } from './recurrence';

/**
 * Request and response schemas of the events API (/programs/:id/events, /events, /my-events).
 * Times are ISO 8601 with an offset; the event's own zone travels beside them.
 */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(9999, 0, 1);
const isoWithOffset = z.iso.datetime({ offset: true });
const instant = (label: string) =>
  z.string().superRefine((s, ctx) => {
    if (!isoWithOffset.safeParse(s).success) {
      ctx.addIssue({ code: 'custom', message: `${label}: use an ISO 8601 time with an offset, e.g. 2027-03-04T18:00:00+01:00` });
      return;
    }
    const t = new Date(s).getTime();
    if (!(t >= EARLIEST && t < LATEST)) ctx.addIssue({ code: 'custom', message: `${label} must be between the years 2000 and 9999` });
  });

export const eventKind = z.enum(EVENT_KINDS, { message: `Choose one of: ${EVENT_KINDS.join(', ')}` });
export const rsvpStatus = z.enum(RSVP_STATUSES);
const title = z.string().trim().min(1, 'Title is required').max(160, 'Title is too long (at most 160 characters)').refine(noNul, NUL_MESSAGE);
const onlineUrl = z
  .string()
  .trim()
  .max(2000, 'Online link is too long (at most 2000 characters)')
  .refine((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), 'Use a web link starting with https://')
  .nullable()
  .optional()
  .transform((v) => (v === '' ? null : v));
const capacity = z.int('Capacity must be a whole number').min(1, 'Capacity must be at least 1').max(100_000, 'Capacity is at most 100000').nullable().optional();
const audienceRoles = z
  .array(z.enum(MEMBER_ROLES, { message: 'Choose roles among coordinator, mentor, mentee, guardian' }))
  .max(4)
  .transform((l) => [...new Set(l)]);

const eventFields = {
  title,
  kind: eventKind,
  description: optionalText(4000, 'Description'),
  startsAt: instant('Start'),
  endsAt: instant('End'),
  timeZone: timeZoneSchema,
  location: optionalText(300, 'Location'),
  onlineUrl,
  region: optionalText(120, 'Region'),
  capacity,
  rsvpDeadline: instant('RSVP deadline').nullable().optional(),
  audienceRoles: audienceRoles.default([]),
  audienceCohortId: z.uuid('Choose a cohort of this program').nullable().optional(),
};

/** A series: "monthly on the 2nd Tuesday, 6 times" (count) or "every 2 weeks until 30 June" (until, a local date). */
export const repeatBody = z
  .object({
    freq: z.enum(REPEAT_FREQS, { message: 'Repeat weekly or monthly' }),
    interval: z.int('Use a whole number').min(1, 'Every 1 to 12').max(12, 'Every 1 to 12').default(1),
    monthlyBy: z.enum(MONTHLY_BY).default('weekday'),
    count: z.int('Use a whole number').min(2, 'At least 2 occurrences').max(MAX_OCCURRENCES, `At most ${MAX_OCCURRENCES} occurrences`).nullable().optional(),
    until: z.iso.date('Use a date like 2027-06-30').nullable().optional(),
  })
  .superRefine((r, ctx) => {
    if (!r.count === !r.until) ctx.addIssue({ code: 'custom', path: ['count'], message: 'Say how many times, or until which date (one of the two)' });
  });
export type RepeatBody = z.input<typeof repeatBody>;

export const createEventBody = z.object({ ...eventFields, repeat: repeatBody.nullable().optional() });
export type CreateEventBody = z.input<typeof createEventBody>;
export const updateEventBody = z.object({
  ...eventFields,
  title: title.optional(),
  kind: eventKind.optional(),
  startsAt: instant('Start').optional(),
  endsAt: instant('End').optional(),
  timeZone: timeZoneSchema.optional(),
  audienceRoles: audienceRoles.optional(),
});
export type UpdateEventBody = z.input<typeof updateEventBody>;
/** Which occurrences of a series an edit or a cancel applies to (a one-off: only `this`). */
export const EDIT_SCOPES = ['this', 'following', 'all'] as const;
export type EditScope = (typeof EDIT_SCOPES)[number];
export const editScopeQuery = z.object({ scope: z.enum(EDIT_SCOPES, { message: 'scope: this, following or all' }).default('this') });
export const cancelScopeQuery = z.object({ scope: z.enum(['this', 'series'], { message: 'scope: this or series' }).default('this') });

export const listEventsQuery = z.object({
  when: z.enum(['upcoming', 'past']).default('upcoming'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(500).optional(),
});

const ward = z.object({ memberId: z.string(), name: z.string(), rsvp: rsvpStatus.nullable(), inAudience: z.boolean() });

export const eventResponse = z.object({
  id: z.string(),
  programId: z.string(),
  programName: z.string(),
  title: z.string(),
  kind: eventKind,
  description: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  timeZone: z.string(),
  location: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  region: z.string().nullable(),
  capacity: z.number().nullable(),
  rsvpDeadline: z.string().nullable(),
  audienceRoles: z.array(z.enum(MEMBER_ROLES)),
  audienceCohortId: z.string().nullable(),
  status: z.enum(EVENT_STATUSES),
  sequence: z.number(),
  /** One occurrence of a series: its label, which one it is and of how many (cancelled ones included). */
  series: z.object({ id: z.string(), label: z.string(), position: z.number(), total: z.number() }).nullable(),
  /** Once ended: time and place are fixed (changing them would re-mail everyone who went). */
  timeAndPlaceLocked: z.boolean(),
  going: z.number(),
  waitlisted: z.number(),
  spotsLeft: z.number().nullable(),
  /** Whether you may manage it (you coordinate the program). */
  canManage: z.boolean(),
  /** Whether you are invited yourself. */
  inAudience: z.boolean(),
  /** Your answer; `waitlistPlace` is your place in the queue while waitlisted (1 = the next seat that frees up is yours), else null. */
  myRsvp: z.object({ status: rsvpStatus, listed: z.boolean(), waitlistPlace: z.number().int().nullable() }).nullable(),
  /** Why no new RSVPs are taken (null while open). */
  rsvpClosedReason: z.string().nullable(),
  checkedIn: z.boolean(),
  /** Whether you are listed under "people you met" (from your RSVP, or as a walk-in). */
  listed: z.boolean(),
  /** Whether your RSVP can opt in to "people you met" (minors are never listed). */
  canBeListed: z.boolean(),
  /** For guardians: the minors they may answer for. */
  wards: z.array(ward),
});
export type EventResponse = z.infer<typeof eventResponse>;
export const eventListResponse = z.object({ items: z.array(eventResponse), nextCursor: z.string().nullable() });
export type EventList = z.infer<typeof eventListResponse>;

export const rsvpBody = z.object({
  status: z.enum(['going', 'not_going'], { message: 'Answer going or not_going' }),
  /** Opt in to "people you met" for other attendees (default off). */
  listed: z.boolean().optional(),
  /** A guardian answering for their minor: the minor's member id. */
  forMemberId: z.uuid('Choose one of your wards').optional(),
});
export type RsvpBody = z.input<typeof rsvpBody>;

export const attendanceSummary = z.object({ going: z.number(), waitlisted: z.number(), checkedIn: z.number(), noShows: z.number(), walkIns: z.number() });
export const attendeeRow = z.object({
  memberId: z.string(),
  name: z.string(),
  roles: z.array(z.enum(MEMBER_ROLES)),
  isMinor: z.boolean(),
  rsvp: rsvpStatus.nullable(),
  checkedIn: z.boolean(),
  walkIn: z.boolean(),
  /** Listed under "people you met" (their RSVP's opt-in, or a walk-in's at the door). */
  listed: z.boolean(),
  checkedInAt: z.string().nullable(),
});
export type AttendeeRow = z.infer<typeof attendeeRow>;
/** The door list, one page: by RSVP then name (expected), or by name (search / everyone); `nextCursor` for more. */
export const attendanceResponse = z.object({ summary: attendanceSummary, items: z.array(attendeeRow), nextCursor: z.string().nullable() });
export type AttendanceResponse = z.infer<typeof attendanceResponse>;
export const DOOR_PAGE = 50;
export const attendanceQuery = z.object({
  q: z.string().trim().max(120).optional(),
  /** expected: people who RSVPed going or waitlisted, or are checked in; everyone: all members. A search looks through all members. */
  show: z.enum(['expected', 'everyone']).default('expected'),
  cursor: z.string().max(500).optional(),
});
export const checkInBody = z.object({
  memberId: z.uuid('Choose a member of this program'),
  /** A walk-in (no going answer) who agrees, when asked at the door, to be listed under "people you met". Ignored for minors. */
  listed: z.boolean().optional(),
});
export const checkInParams = z.object({ id: z.uuid('Not a valid id'), memberId: z.uuid('Not a valid id') });

export const programAttendanceResponse = z.object({
  items: z.array(z.object({ eventId: z.string(), title: z.string(), kind: eventKind, startsAt: z.string(), ...attendanceSummary.shape })),
});
export type ProgramAttendance = z.infer<typeof programAttendanceResponse>;

export const personMet = z.object({
  memberId: z.string(),
  name: z.string(),
  /** null when the privacy rule hides it. */
  email: z.string().nullable(),
  /** Already one of your contacts (matched by e-mail): adding again reuses it. */
  contactId: z.string().nullable(),
});
export type PersonMet = z.infer<typeof personMet>;
export const peopleMetResponse = z.object({ eventTitle: z.string(), items: z.array(personMet), interactionId: z.string().nullable() });
export type PeopleMetResponse = z.infer<typeof peopleMetResponse>;
export const addPeopleMetBody = z.object({ memberIds: z.array(z.uuid('Choose people from the list')).min(1, 'Choose at least one person').max(50, 'At most 50 people at a time') });
export const addPeopleMetResponse = z.object({ created: z.number(), existing: z.number(), contactIds: z.array(z.string()), interactionId: z.string() });
export type AddPeopleMetResponse = z.infer<typeof addPeopleMetResponse>;
export const listingBody = z.object({ listed: z.boolean({ message: 'Send listed: true or false' }) });
