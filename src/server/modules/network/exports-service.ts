import type { Db } from '../../db/client';
import type { ImportedContact } from '../../../domain/network/contact-fields';
import { contactsToCsv, contactsToVcard } from '../../../domain/network/export/index';
import { getUser, presentUser } from '../accounts/service';
import { presentContact, type ContactRow } from './present-contact';
import { presentImport } from './imports-service';
import * as q from './imports-queries';

/** Bumped when the account.json layout changes, so a future importer can tell versions apart. */
export const ACCOUNT_EXPORT_VERSION = 1;

function importedOf(c: ContactRow): ImportedContact {
  return {
    givenName: c.givenName,
    familyName: c.familyName,
    displayName: c.displayName,
    emails: c.emails,
    phones: c.phones,
    company: c.company,
    title: c.title,
    department: c.department,
    linkedinUrl: c.linkedinUrl,
    birthday: c.birthday,
    importantDates: c.importantDates,
    notes: c.notes,
    tags: c.tags,
    howWeMet: c.howWeMet,
  };
}

// 30,000 contacts are a few MB of text: built in memory rather than streamed, which keeps the
// export a plain response that either arrives whole or fails with a problem document.
export async function exportContactsCsv(db: Db, userId: string): Promise<string> {
  // A BOM so that Excel opens the UTF-8 file with accents intact; our importer strips it.
  return `\uFEFF${contactsToCsv((await q.listLiveContacts(db, userId)).map(importedOf))}\r\n`;
}

export async function exportContactsVcard(db: Db, userId: string): Promise<string> {
  return contactsToVcard((await q.listLiveContacts(db, userId)).map(importedOf));
}

/** Everything the user owns, for portability (and GDPR access requests). Never the password hash. */
export async function exportAccount(db: Db, userId: string) {
  const [user, contacts, interactions, imports] = await Promise.all([
    getUser(db, userId),
    q.listLiveContacts(db, userId),
    q.listInteractionsWithParticipants(db, userId),
    q.listAllImports(db, userId),
  ]);
  return {
    version: ACCOUNT_EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    profile: presentUser(user),
    contacts: contacts.map(presentContact),
    interactions: interactions.map((i) => ({
      id: i.id,
      kind: i.kind,
      occurredAt: i.occurredAt.toISOString(),
      summary: i.summary,
      topics: i.topics,
      participants: i.participants,
      createdAt: i.createdAt.toISOString(),
      updatedAt: i.updatedAt.toISOString(),
    })),
    imports: imports.map(presentImport),
  };
}
