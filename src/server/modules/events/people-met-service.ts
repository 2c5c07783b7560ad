import { DateTime } from 'luxon';
import type { AddPeopleMetResponse, PeopleMetResponse } from '../../../domain/events/api';
import { createContactBody } from '../../../domain/network/api';
import { canSeeContact } from '../../../domain/programs/rules';
import { listedTo } from '../../../domain/events/rules';
import type { Db, DbOrTx } from '../../db/client';
import { badRequest, conflict } from '../../errors';
import { createContact, findContactsByEmails } from '../network/contacts-service';
import { createInteraction, findInteraction, getInteraction, updateInteraction } from '../network/interactions-service';
import { privacyViewer, searchProgramPeople } from '../programs/service';
import { peopleByUser } from './check-in-service';
import type { EventContext } from './context';
import * as q from './queries';

/**
 * Attendance feeds the network: once checked in, an attendee sees the other checked-in people who
 * opted in to be listed (never a minor, except to coordinators) and adds them as contacts through
 * the network room: an e-mail match reuses the existing contact, new ones record the event as how
 * we met, and one `event` interaction on the event's date holds everyone added from that event.
 */
const MAX_PEOPLE = 50;

async function listed(db: DbOrTx, ctx: EventContext) {
  const e = ctx.event;
  const mine = await q.checkInsOf(db, [e.id], [ctx.userId]);
  if (mine.length === 0) throw conflict('not_checked_in', 'People you met are shown once you are checked in at the event.');
  // One after another: adding people met reads this inside its transaction.
  const rsvps = await q.rsvpsOf(db, [e.id]);
  const checkIns = await q.checkInsOf(db, [e.id]);
  const viewer = await privacyViewer(db, ctx.userId, e.programId);
  const inside = new Set(checkIns.map((c) => c.userId));
  // Only the people checked in are asked of the programs room (not the whole program).
  const members = await searchProgramPeople(db, e.programId, { userIds: [...inside] }, null, 4 * inside.size + 4);
  const optedIn = new Set([...rsvps.filter((r) => r.listed).map((r) => r.userId), ...checkIns.filter((c) => c.walkIn && c.listed).map((c) => c.userId)]);
  const memberRows = new Map(members.map((m) => [m.id, m]));
  return peopleByUser(members)
    .filter((p) => p.userId !== ctx.userId && inside.has(p.userId) && listedTo(ctx.isCoordinator, { listed: optedIn.has(p.userId), isMinor: p.isMinor }))
    .map((p) => {
      const m = memberRows.get(p.memberId)!;
      return { ...p, email: canSeeContact(viewer, { id: m.id, userId: m.userId, isMinor: p.isMinor }) ? m.email : null };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function peopleMet(db: DbOrTx, ctx: EventContext): Promise<PeopleMetResponse> {
  const people = await listed(db, ctx);
  const contacts = await findContactsByEmails(db, ctx.userId, people.flatMap((p) => (p.email ? [p.email] : [])));
  const link = await q.findNetworkLink(db, ctx.event.id, ctx.userId);
  const live = link ? await findInteraction(db, ctx.userId, link.interactionId) : null;
  return {
    eventTitle: ctx.event.title,
    items: people.map((p) => ({ memberId: p.memberId, name: p.name, email: p.email, contactId: (p.email && contacts.get(p.email)?.id) ?? null })),
    interactionId: live?.id ?? null,
  };
}

export async function addPeopleMet(db: Db, ctx: EventContext, memberIds: string[]): Promise<AddPeopleMetResponse> {
  const e = ctx.event;
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    const people = await listed(t, ctx);
    const byId = new Map(people.map((p) => [p.memberId, p]));
    const errors = memberIds.flatMap((id, i) => (byId.has(id) ? [] : [{ path: `memberIds.${i}`, message: 'Not someone you can add from this event' }]));
    if (errors.length) throw badRequest(errors.length === 1 ? `${errors[0]!.path}: ${errors[0]!.message}` : `${errors.length} fields are invalid.`, errors);
    const chosen = [...new Set(memberIds)].map((id) => byId.get(id)!);
    const existing = await findContactsByEmails(t, ctx.userId, chosen.flatMap((p) => (p.email ? [p.email] : [])));
    const day = DateTime.fromJSDate(e.startsAt, { zone: e.timeZone }).toFormat('d LLLL yyyy');
    const contactIds: string[] = [];
    let created = 0;
    for (const p of chosen) {
      const found = p.email ? existing.get(p.email) : undefined;
      if (found) {
        contactIds.push(found.id);
        continue;
      }
      const contact = await createContact(
        t,
        ctx.userId,
        createContactBody.parse({ displayName: p.name, emails: p.email ? [{ label: null, value: p.email }] : [], howWeMet: `${e.title} (${ctx.programName}), ${day}` }),
      );
      created += 1;
      contactIds.push(contact.id);
    }
    const ids = [...new Set(contactIds)];
    const link = await q.findNetworkLink(t, e.id, ctx.userId);
    const current = link ? await findInteraction(t, ctx.userId, link.interactionId) : null;
    let interactionId: string;
    if (current) {
      const before = (await getInteraction(t, ctx.userId, current)).participants.map((x) => x.contactId);
      const union = [...new Set([...before, ...ids])];
      if (union.length > MAX_PEOPLE) throw badRequest(`memberIds: At most ${MAX_PEOPLE} people per event`, [{ path: 'memberIds', message: `At most ${MAX_PEOPLE} people per event` }]);
      if (union.length > before.length) await updateInteraction(t, ctx.userId, current.id, { contactIds: union });
      interactionId = current.id;
    } else {
      const interaction = await createInteraction(t, ctx.userId, { kind: 'event', occurredAt: e.startsAt.toISOString(), summary: `Met at ${e.title} (${ctx.programName})`, contactIds: ids, topics: [] });
      await q.saveNetworkLink(t, e.id, ctx.userId, interaction.id);
      interactionId = interaction.id;
    }
    return { created, existing: chosen.length - created, contactIds: ids, interactionId };
  });
}
