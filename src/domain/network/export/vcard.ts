import type { ImportedContact, LabelledValue } from '../contact-fields';

/**
 * vCard 4.0 (RFC 6350) writer. Written by hand rather than with
 * ICAL.Component#toString because ical.js (2.2) folds continuation lines to
 * 76 octets, leaves ';' unescaped in single-valued text and writes X-
 * property values without any escaping. ical.js is still what reads these
 * files back (see the round-trip tests).
 *
 * Labels: standard ones become TYPE=…; any other label uses Apple's
 * itemN.X-ABLabel grouping, which Apple, Google and our importer understand.
 * Important dates: the first 'anniversary' is ANNIVERSARY, the rest
 * itemN.X-ABDATE with a label, in their original order.
 */
const CRLF = '\r\n';
const EMAIL_TYPES = new Set(['work', 'home']);
const TEL_TYPES: Record<string, string> = {
  mobile: 'cell', work: 'work', home: 'home', fax: 'fax', pager: 'pager', text: 'text', video: 'video',
  textphone: 'textphone',
};

export function contactsToVcard(contacts: readonly ImportedContact[]): string {
  return contacts.map(contactToVcard).join('');
}

export function contactToVcard(contact: ImportedContact): string {
  const lines: string[] = ['BEGIN:VCARD', 'VERSION:4.0'];
  let group = 0;
  const labelled = (name: string, params: string, value: string, label: string | null, standardType: string | undefined) => {
    if (label === null) {
      lines.push(`${name}${params}:${value}`);
    } else if (standardType) {
      lines.push(`${name}${params};TYPE=${standardType}:${value}`);
    } else {
      group++;
      lines.push(`item${group}.${name}${params}:${value}`, `item${group}.X-ABLabel:${escapeText(label)}`);
    }
  };

  lines.push(`FN:${escapeText(contact.displayName)}`);
  lines.push(`N:${[contact.familyName, contact.givenName, null, null, null].map(escapeComponent).join(';')}`);
  if (contact.company || contact.department) {
    const org = [escapeComponent(contact.company)];
    if (contact.department) org.push(escapeComponent(contact.department));
    lines.push(`ORG:${org.join(';')}`);
  }
  if (contact.title) lines.push(`TITLE:${escapeText(contact.title)}`);
  for (const email of contact.emails) {
    labelled('EMAIL', '', escapeText(email.value), email.label, standardEmailType(email));
  }
  for (const phone of contact.phones) {
    // Phones are free text ('+1 555 0100 ext. 2'), not tel: URIs, so say so explicitly.
    labelled('TEL', ';VALUE=text', escapeText(phone.value), phone.label, phone.label && Object.hasOwn(TEL_TYPES, phone.label) ? TEL_TYPES[phone.label] : undefined);
  }
  if (contact.linkedinUrl) lines.push(`URL:${encodeURI(contact.linkedinUrl)}`);
  if (contact.birthday) lines.push(`BDAY:${basicDate(contact.birthday)}`);
  let anniversaryWritten = false;
  for (const d of contact.importantDates) {
    if (d.label === 'anniversary' && !anniversaryWritten) {
      anniversaryWritten = true;
      lines.push(`ANNIVERSARY:${basicDate(d.date)}`);
    } else {
      labelled('X-ABDATE', '', d.date, d.label, undefined);
    }
  }
  if (contact.notes) lines.push(`NOTE:${escapeText(contact.notes)}`);
  if (contact.tags.length > 0) lines.push(`CATEGORIES:${contact.tags.map(escapeText).join(',')}`);
  if (contact.howWeMet) lines.push(`X-TRELLIS-HOW-WE-MET:${escapeText(contact.howWeMet)}`);
  lines.push('END:VCARD');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function standardEmailType(email: LabelledValue): string | undefined {
  return email.label && EMAIL_TYPES.has(email.label) ? email.label : undefined;
}

/** RFC 6350 §3.4: backslash, comma, semicolon and newlines are escaped in text values. */
export function escapeText(value: string): string {
  return value.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

function escapeComponent(value: string | null): string {
  return value ? escapeText(value) : '';
}

/** RFC 6350 dates use the ISO 8601 basic format: 19850415, or --0415 without a year. */
function basicDate(date: string): string {
  return date.startsWith('--') ? `--${date.slice(2).replace('-', '')}` : date.replaceAll('-', '');
}

/**
 * Folds at 75 octets (RFC 6350 §3.2): the first line carries up to 75
 * octets, each continuation line one space plus up to 74. Splits fall on
 * code point boundaries so no UTF-8 sequence is cut in half.
 */
export function foldLine(line: string): string {
  // Fast path: a line of at most 75 UTF-16 units that is printable ASCII needs no folding.
  if (line.length <= 75 && !/[^\x20-\x7e]/.test(line)) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}
