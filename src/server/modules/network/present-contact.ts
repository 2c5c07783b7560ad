import type { Contact } from '../../../domain/network/api';
import type { contacts } from '../../db/schema/network';

export type ContactRow = typeof contacts.$inferSelect;

/** Row → API shape. The one place that decides what a contact looks like on the wire. */
export function presentContact(c: ContactRow): Contact {
  return {
    id: c.id,
    givenName: c.givenName,
    familyName: c.familyName,
    displayName: c.displayName,
    emails: c.emails,
    phones: c.phones,
    company: c.company,
    title: c.title,
    department: c.department,
    industry: c.industry,
    level: c.level as Contact['level'],
    employer: c.employer as Contact['employer'],
    circle: c.circle as Contact['circle'],
    howWeMet: c.howWeMet,
    birthday: c.birthday,
    importantDates: c.importantDates,
    linkedinUrl: c.linkedinUrl,
    tags: c.tags,
    notes: c.notes,
    starred: c.starred,
    cadence: c.cadence ?? null,
    lastContactedAt: c.lastInteractionAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
