import { DateTime } from 'luxon';
import type { Config } from '../../config';
import type { DbOrTx } from '../../db/client';
import { sendMail } from '../../mail/send-mail';
import { news, notify } from '../inbox/service';
import { consentGuardians, membershipsIn, searchProgramPeople, type ProgramPerson } from '../programs/service';
import { buildInvite, organizerFrom } from './invite-ics';
import * as q from './queries';

/**
 * The events room's mail: an RSVP confirmation with the invite attached, waitlist and promotion
 * notices, updated invites after an edit, and the cancellation (METHOD:CANCEL). Sent after the
 * transaction that decided them commits; each under its own idempotency key, so a retry never
 * doubles a mail. A failed send is recorded in sent_mails and does not undo the answer.
 */
export type RsvpNotice = { userId: string; status: 'going' | 'waitlisted' | 'not_going'; reason: 'answered' | 'promoted'; key: string; guardianUserId: string | null };

export function whenText(e: Pick<q.EventRow, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const start = DateTime.fromJSDate(e.startsAt, { zone: e.timeZone });
  const end = DateTime.fromJSDate(e.endsAt, { zone: e.timeZone });
  const sameDay = start.hasSame(end, 'day');
  return `${start.toFormat('cccc d LLLL yyyy, HH:mm')}–${sameDay ? end.toFormat('HH:mm') : end.toFormat('d LLLL HH:mm')} (${e.timeZone})`;
}

function details(e: q.EventRow, config: Config) {
  return [
    `When: ${whenText(e)}`,
    e.location ? `Where: ${e.location}` : null,
    e.onlineUrl ? `Online: ${e.onlineUrl}` : null,
    `Details and your RSVP: ${config.publicUrl}/events/${e.id}`,
  ]
    .filter(Boolean)
    .join('\n');
}

type Person = { userId: string; name: string; email: string };
/** Someone with no account (a guardian recorded only by e-mail): filed under the account answerable for the mail, if any. */
type Outsider = { userId: string | null; name: string; email: string; withoutAccount: { why: string } };

/** The recipients only (never the whole program): their memberships, with name and e-mail. */
const membersOf = (db: DbOrTx, programId: string, userIds: string[]) => searchProgramPeople(db, programId, { userIds: [...new Set(userIds)] }, null, 8 * userIds.length + 8);

async function peopleOf(db: DbOrTx, programId: string, userIds: string[], all?: ProgramPerson[]): Promise<Map<string, Person>> {
  const map = new Map<string, Person>();
  for (const p of all ?? (await membersOf(db, programId, userIds))) map.set(p.userId, { userId: p.userId, name: p.name, email: p.email });
  return map;
}

/**
 * A minor's guardians as their consents record them: a guardian member gets mail and an inbox item;
 * a guardian recorded only by name and e-mail gets the mail (see `organiserOf` for where it is filed).
 */
async function guardiansOfMinor(db: DbOrTx, programId: string, userId: string, all: ProgramPerson[]) {
  const minorMentee = all.filter((p) => p.userId === userId && p.isMinor && p.role === 'mentee').map((p) => p.id);
  const found = await consentGuardians(db, programId, minorMentee);
  return [...new Map([...found.values()].filter((g) => g.email).map((g) => [g.userId ?? g.email!, g])).values()];
}

/**
 * Mail to a guardian without an account is filed under the event's organiser while they still
 * coordinate the program (coordinators already see the consent that holds that address), else under
 * nobody. Never under the minor: it is mail to another person, at an address the minor's own
 * sent mail has no business showing, and its footer must not carry the minor's unsubscribe link.
 */
async function organiserOf(db: DbOrTx, e: q.EventRow): Promise<string | null> {
  if (!e.createdBy) return null;
  return (await membershipsIn(db, e.createdBy, e.programId)).some((m) => m.role === 'coordinator') ? e.createdBy : null;
}

async function send(db: DbOrTx, config: Config, e: q.EventRow, programName: string, to: Person | Outsider, m: { kind: string; key: string; subject: string; text: string; invite?: 'going' | 'waitlisted' | 'not_going' | 'cancel' }, now: Date) {
  const ics = m.invite
    ? buildInvite({ event: e, programName, appUrl: config.publicUrl, organizer: organizerFrom(programName, config.mailFrom), attendee: { name: to.name, email: to.email, status: m.invite === 'cancel' ? null : m.invite }, now })
    : null;
  const method = e.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
  try {
    await sendMail(db, config, {
      ...('withoutAccount' in to ? { userId: to.userId, withoutAccount: to.withoutAccount } : { userId: to.userId }),
      kind: `notify:${m.kind}`,
      to: to.email,
      subject: m.subject,
      text: m.text,
      idempotencyKey: m.key,
      ...(ics
        ? {
            icalEvent: { method, filename: 'invite.ics', content: ics },
            attachments: [{ filename: 'invite.ics', content: ics, contentType: `text/calendar; charset=utf-8; method=${method}` }],
          }
        : {}),
    });
  } catch {
    // Recorded as failed in sent_mails (listed in the sent mail of the account it is filed under); the answer stands.
  }
}

export async function notifyRsvp(db: DbOrTx, config: Config, e: q.EventRow, programName: string, notices: RsvpNotice[], now: Date) {
  if (notices.length === 0) return;
  const all = await membersOf(db, e.programId, notices.flatMap((n) => [n.userId, ...(n.guardianUserId ? [n.guardianUserId] : [])]));
  const people = await peopleOf(db, e.programId, [], all);
  for (const n of notices) {
    const to = people.get(n.userId);
    if (!to) continue;
    const subject =
      n.reason === 'promoted'
        ? `A place opened up: you're going to ${e.title}`
        : n.status === 'going'
          ? `You're going: ${e.title}`
          : n.status === 'waitlisted'
            ? `You're on the waitlist: ${e.title}`
            : `Your RSVP is withdrawn: ${e.title}`;
    const lead =
      n.reason === 'promoted'
        ? `Someone gave their place back, and you were first on the waitlist: you have a place at ${e.title}.`
        : n.status === 'going'
          ? `See you at ${e.title}. The invite is attached; add it to your calendar.`
          : n.status === 'waitlisted'
            ? `${e.title} is full, so you are on the waitlist. If a place opens up it is yours, and we will tell you.`
            : `You are no longer going to ${e.title}.`;
    const invite = n.status === 'waitlisted' ? undefined : n.status === 'going' ? ('going' as const) : ('not_going' as const);
    const text = `Hello ${to.name},\n\n${lead}\n\n${details(e, config)}\n`;
    await send(db, config, e, programName, to, { kind: 'event_rsvp', key: `event_rsvp:${n.key}`, subject, text, invite }, now);
    const guardian = n.guardianUserId ? people.get(n.guardianUserId) : undefined;
    if (guardian) {
      const gText = `Hello ${guardian.name},\n\nYou answered for ${to.name}: ${n.status.replace('_', ' ')}.\n\n${details(e, config)}\n`;
      await send(db, config, e, programName, guardian, { kind: 'event_rsvp', key: `event_rsvp:${n.key}:guardian`, subject, text: gText, invite }, now);
    }
    if (n.reason === 'promoted') await tellPromoted(db, config, e, programName, n, to, all, now);
  }
}

/**
 * Mail about a minor to each guardian their consents name: a guardian member at their account, a
 * guardian recorded only by e-mail as an outsider (filed as `organiserOf` says). Returns the
 * guardians, so callers can add what members get besides (an inbox item).
 */
async function mailGuardians(
  db: DbOrTx,
  config: Config,
  e: q.EventRow,
  programName: string,
  minor: Person,
  all: ProgramPerson[],
  m: { kind: string; key: string; subject: string; text: (guardianName: string) => string; invite: 'going' | 'cancel' },
  now: Date,
) {
  const guardians = await guardiansOfMinor(db, e.programId, minor.userId, all);
  const organiser = guardians.some((g) => !g.userId) ? await organiserOf(db, e) : null;
  for (const g of guardians) {
    const why = `You get this because ${minor.name}'s consent in ${programName} names you as their guardian. You have no Trellis account; to stop these e-mails, ask the program's coordinators.`;
    const mailTo: Person | Outsider = g.userId ? { userId: g.userId, name: g.name, email: g.email! } : { userId: organiser, name: g.name, email: g.email!, withoutAccount: { why } };
    await send(db, config, e, programName, mailTo, { kind: m.kind, key: `${m.key}:guardian:${g.userId ?? g.email}`, subject: m.subject, text: m.text(g.name), invite: m.invite }, now);
  }
  return guardians;
}

/** A place opened up: the promoted person's inbox, and a minor's guardian (mail, and inbox when a member). */
async function tellPromoted(db: DbOrTx, config: Config, e: q.EventRow, programName: string, n: RsvpNotice, to: Person, all: ProgramPerson[], now: Date) {
  const base = { key: n.key, eventId: e.id, eventTitle: e.title, promotedName: to.name };
  await notify(db, news.eventPlaceOpened({ ...base, recipientUserId: to.userId, as: 'attendee' }));
  const guardians = await mailGuardians(db, config, e, programName, to, all, {
    kind: 'event_rsvp',
    key: `event_rsvp:${n.key}`,
    subject: `A place opened up: ${to.name} is going to ${e.title}`,
    text: (name) => `Hello ${name},\n\nSomeone gave their place back, and ${to.name} was first on the waitlist: ${to.name} now has a place at ${e.title}.\n\n${details(e, config)}\n`,
    invite: 'going',
  }, now);
  for (const g of guardians) if (g.userId) await notify(db, news.eventPlaceOpened({ ...base, recipientUserId: g.userId, as: 'guardian' }));
}

export async function notifyUpdated(db: DbOrTx, config: Config, e: q.EventRow, programName: string, promoted: q.RsvpRow[], now: Date) {
  const promotedIds = new Set(promoted.map((p) => p.userId));
  const going = (await q.rsvpsOf(db, [e.id])).filter((r) => r.status === 'going' && !promotedIds.has(r.userId));
  const people = await peopleOf(db, e.programId, going.map((r) => r.userId));
  for (const r of going) {
    const to = people.get(r.userId);
    if (!to) continue;
    const text = `Hello ${to.name},\n\n${e.title} has changed. The updated invite is attached; your calendar will replace the old one.\n\n${details(e, config)}\n`;
    await send(db, config, e, programName, to, { kind: 'event_update', key: `event_update:${e.id}:${e.sequence}:${r.userId}`, subject: `Updated: ${e.title}`, text, invite: 'going' }, now);
  }
  await notifyRsvp(db, config, e, programName, promoted.map((p) => ({ userId: p.userId, status: 'going', reason: 'promoted', key: `${p.id}:promoted:${e.sequence}`, guardianUserId: null })), now);
}

/** Everyone going or waitlisted is told, and so is each guardian of a minor among them (mail only, like the attendees). */
export async function notifyCancelled(db: DbOrTx, config: Config, e: q.EventRow, programName: string, now: Date) {
  const told = (await q.rsvpsOf(db, [e.id])).filter((r) => r.status === 'going' || r.status === 'waitlisted');
  const all = await membersOf(db, e.programId, told.map((r) => r.userId));
  const people = await peopleOf(db, e.programId, told.map((r) => r.userId), all);
  for (const r of told) {
    const to = people.get(r.userId);
    if (!to) continue;
    const text = `Hello ${to.name},\n\nWe are sorry: ${e.title} is cancelled. The attached update removes it from your calendar.\n\n${details(e, config)}\n`;
    await send(db, config, e, programName, to, { kind: 'event_cancelled', key: `event_cancel:${e.id}:${r.userId}`, subject: `Cancelled: ${e.title}`, text, invite: 'cancel' }, now);
    await mailGuardians(db, config, e, programName, to, all, {
      kind: 'event_cancelled',
      key: `event_cancel:${e.id}:${r.userId}`,
      subject: `Cancelled: ${e.title} (${to.name} had a place${r.status === 'waitlisted' ? ' on the waitlist' : ''})`,
      text: (name) => `Hello ${name},\n\nWe are sorry: ${e.title} is cancelled. ${to.name} ${r.status === 'waitlisted' ? 'was on its waitlist' : 'had a place'}; nothing else is needed from either of you.\n\n${details(e, config)}\n`,
      invite: 'cancel',
    }, now);
  }
}
