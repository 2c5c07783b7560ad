import type { FollowUpItem } from '../../../domain/follow-through/api';
import type { FollowUpWithContact } from './follow-ups-queries';

/** The columns an item on the wire is made of. */
export type PresentableFollowUp = Pick<
  FollowUpWithContact,
  'id' | 'source' | 'sourceId' | 'title' | 'prompt' | 'dueDate' | 'dueAt' | 'contactId' | 'contactName' | 'contactCompany' | 'status' | 'snoozedUntil' | 'skipReason' | 'completedAt'
>;

/** Row → API shape: the one place that decides what a Today item looks like on the wire. */
export function presentFollowUp(r: PresentableFollowUp): FollowUpItem {
  const open = r.status === 'open';
  return {
    id: r.id,
    source: r.source as FollowUpItem['source'],
    sourceId: r.sourceId,
    title: r.title,
    prompt: r.prompt,
    dueDate: r.dueDate,
    dueAt: r.dueAt?.toISOString() ?? null,
    contact: r.contactId && r.contactName !== null ? { id: r.contactId, displayName: r.contactName, company: r.contactCompany } : null,
    status: r.status as FollowUpItem['status'],
    snoozedUntil: r.snoozedUntil,
    skipReason: r.skipReason,
    completedAt: r.completedAt?.toISOString() ?? null,
    actions: open ? ['done', 'snooze', 'skip'] : ['reopen'],
    logsInteraction: r.source === 'cadence',
  };
}
