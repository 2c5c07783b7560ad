import {
  daysBetween,
  keepInTouchDueDate,
  localDateOf,
  occasionReminders,
  resolveCadence,
  thankYouTasksFor,
  type Cadence,
  type CircleCadenceDefaults,
  type Circle,
  type Interaction as DomainInteraction,
  type ParticipantRole,
} from '../../../domain/follow-through/index';
import type { Interaction } from '../../../domain/network/api';
import type { NewFollowUp } from './follow-ups-queries';
import type { SyncContact } from './sync-queries';

/** Turns domain rules into follow-up rows; no I/O, so the sync paths stay thin. */

export const cadenceKey = (contactId: string) => `cadence:${contactId}`;
export const occasionPrefix = (contactId: string) => `occasion:${contactId}:`;

function describe(c: Cadence): string {
  const unit = c.every === 1 ? c.unit : `${c.unit}s`;
  return c.every === 1 ? `every ${unit}` : `every ${c.every} ${unit}`;
}

/**
 * null when no cadence applies (the circle was switched off). `since` is the local day the
 * contact's keep-in-touch round began (its row's creation, or today for a new one): someone never
 * contacted is first due on a day spread over one period from it, not all on the same day.
 */
export function cadenceItem(c: SyncContact, defaults: CircleCadenceDefaults, timeZone: string, since: string): NewFollowUp | null {
  const resolved = resolveCadence({ circle: (c.circle as Circle | null) ?? null, starred: c.starred, cadence: c.cadence }, defaults);
  if (!resolved) return null;
  const last = c.lastInteractionAt ? `last contact ${localDateOf(c.lastInteractionAt, timeZone)}` : 'no contact logged yet';
  const why = resolved.source === 'potential_mentor' ? 'potential mentor' : resolved.source === 'contact' ? 'your cadence' : `${resolved.circle} circle`;
  return {
    source: 'cadence',
    sourceId: c.id,
    contactId: c.id,
    dedupeKey: cadenceKey(c.id),
    title: `Keep in touch with ${c.displayName}`,
    prompt: `You keep in touch ${describe(resolved.cadence)} (${why}); ${last}. Share something useful or ask how they are doing.`,
    dueDate: keepInTouchDueDate(c.lastInteractionAt, resolved.cadence, timeZone, { key: c.id, since }),
  };
}

/** The next occurrence of each occasion, reminded `leadDays` ahead. */
export function occasionItems(c: SyncContact, leadDays: number, today: string): NewFollowUp[] {
  const occasions = [
    ...(c.birthday ? [{ label: 'birthday', date: c.birthday }] : []),
    ...(c.importantDates ?? []),
  ];
  const items: NewFollowUp[] = [];
  for (const occasion of occasions) {
    for (const r of occasionReminders(occasion, today, leadDays)) {
      const what = r.label === 'birthday' ? `${c.displayName}'s birthday` : `${c.displayName}: ${r.label}`;
      const years = r.years !== null && r.years > 0 ? (r.label === 'birthday' ? ` (turns ${r.years})` : ` (${r.years} years)`) : '';
      const when = r.daysBefore === 0 ? 'today' : `on ${r.occursOn}, in ${daysBetween(r.remindOn, r.occursOn)} days`;
      items.push({
        source: 'occasion',
        sourceId: c.id,
        contactId: c.id,
        dedupeKey: `${occasionPrefix(c.id)}${r.label}:${r.occursOn}`,
        title: `${what} ${when}${years}`,
        prompt: `Send a short note for ${r.label === 'birthday' ? 'their birthday' : r.label}.`,
        dueDate: r.remindOn,
      });
    }
  }
  return items;
}

/** Thank-yous (and reach-out-again) for an interaction, keyed so regeneration is idempotent. */
export function thankYouItems(i: Interaction, timeZone: string): NewFollowUp[] {
  const domain: DomainInteraction = {
    kind: i.kind,
    occurredAt: new Date(i.occurredAt),
    summary: i.summary,
    topics: i.topics,
    participants: i.participants.map((p) => ({ contactId: p.contactId, name: p.displayName, role: (p.role ?? undefined) as ParticipantRole | undefined })),
  };
  return thankYouTasksFor(domain, timeZone).map((t) => ({
    source: t.kind === 'thank_you' ? 'thank_you' : 'reach_out',
    sourceId: i.id,
    contactId: t.contactId,
    dedupeKey: `${t.kind === 'thank_you' ? 'thank_you' : 'reach_out'}:${i.id}:${t.contactId}`,
    title: t.title,
    prompt: t.prompt,
    dueAt: t.dueAt,
    dueDate: t.dueDate,
  }));
}
