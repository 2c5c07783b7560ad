import ICAL from 'ical.js';
import { SKIP_REASONS, type ParseReport, type ParsedRow, type SkippedRow } from '../contact-fields';
import {
  addEmail,
  addImportantDate,
  addNote,
  addPhone,
  addTag,
  addUrl,
  finishDraft,
  newDraft,
  normalizeLabel,
  setBirthday,
  type ContactDraft,
} from './draft';
import { splitCards } from './vcard-cards';

/**
 * vCard 2.1 (narrow repairs, see vcard-cards.ts), 3.0 and 4.0. rowNumber is
 * the card's ordinal in the file. Apple's itemN groups are honoured: an
 * 'itemN.X-ABLabel' names the e-mail/phone/date in the same group.
 */
export function parseVcard(text: string): ParseReport {
  const rows: ParsedRow[] = [];
  const skipped: SkippedRow[] = [];
  const cards = splitCards(text);
  for (const card of cards) {
    let properties: JCardProperty[];
    try {
      properties = toProperties(ICAL.parse(protectBackslashes(card.text)));
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      skipped.push({ rowNumber: card.ordinal, reason: `${SKIP_REASONS.unreadableCard}: ${detail}` });
      continue;
    }
    const finished = finishDraft(cardToDraft(properties));
    if (!finished.ok) {
      skipped.push({ rowNumber: card.ordinal, reason: finished.reason });
      continue;
    }
    const row: ParsedRow = { rowNumber: card.ordinal, contact: finished.contact };
    const warnings = [...card.warnings, ...finished.warnings];
    if (warnings.length > 0) row.warnings = warnings;
    rows.push(row);
  }
  return { rows, skipped, totalRows: cards.length };
}

type Params = Record<string, string | string[] | undefined>;
type JCardValue = string | (string | string[])[];
type JCardProperty = { name: string; params: Params; type: string; values: JCardValue[] };

/**
 * ical.js unescapes \; only inside structured values (N, ORG), so a NOTE
 * holding an escaped semicolon keeps its backslash, and once parsed an escaped
 * backslash followed by ';' (\\;) looks the same as \;. Escaped backslashes
 * are therefore swapped for a private-use sentinel before parsing and restored
 * afterwards, which makes any leftover \; unambiguous.
 */
const SENTINEL = '\uE000';

function protectBackslashes(cardText: string): string {
  if (cardText.includes(SENTINEL)) return cardText;
  return cardText.replace(/\r\n[ \t]/g, '').replace(/\\\\/g, SENTINEL);
}

/** Unescaped types get the sentinel back; raw ones (uri, X-) get the original escape for unescapeRaw(). */
function restore<T>(value: T, unescaped: boolean): T {
  if (typeof value === 'string') {
    return (unescaped ? value.replace(/\\;/g, ';').replaceAll(SENTINEL, '\\') : value.replaceAll(SENTINEL, '\\\\')) as T;
  }
  if (Array.isArray(value)) return value.map((v: unknown) => restore(v, unescaped)) as T;
  return value;
}

function toProperties(parsed: unknown): JCardProperty[] {
  // ICAL.parse returns one jCard for a single component; our card texts always hold exactly one.
  const jcard = (Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed) as [string, unknown[][]];
  return jcard[1].map((p) => {
    const type = String(p[2]);
    const unescaped = type === 'text' || type === 'phone-number';
    return { name: String(p[0]), params: p[1] as Params, type, values: restore(p.slice(3) as JCardValue[], unescaped) };
  });
}

function cardToDraft(properties: JCardProperty[]): ContactDraft {
  const draft = newDraft('mdy');
  const groupLabels = new Map<string, string>();
  for (const p of properties) {
    if (p.name === 'x-ablabel' && typeof p.params.group === 'string') {
      groupLabels.set(p.params.group, unescapeRaw(text(p)));
    }
  }
  const labelOf = (p: JCardProperty): string | null => {
    const group = typeof p.params.group === 'string' ? groupLabels.get(p.params.group) : undefined;
    if (group) return group;
    const types = ([] as string[]).concat(p.params.type ?? []);
    return types.map(normalizeLabel).find((t): t is string => t !== null) ?? null;
  };

  for (const p of properties) {
    switch (p.name) {
      case 'fn':
        draft.displayName ??= text(p);
        break;
      case 'n': {
        const [family, given, additional] = parts(p);
        draft.familyName ??= family ?? null;
        draft.givenName ??= given ?? null;
        draft.middleName ??= additional ?? null;
        break;
      }
      case 'org': {
        const [company, ...units] = parts(p);
        draft.company ??= company ?? null;
        if (units.length > 0) draft.department ??= units.filter(Boolean).join(', ');
        break;
      }
      case 'title':
        draft.title ??= text(p);
        break;
      case 'role':
        draft.title ??= text(p);
        break;
      case 'email':
        addEmail(draft, rawOrText(p), labelOf(p));
        break;
      case 'tel':
        addPhone(draft, rawOrText(p).replace(/^tel:/i, ''), labelOf(p));
        break;
      case 'url':
      case 'x-socialprofile':
        addUrl(draft, unescapeRaw(text(p)));
        break;
      case 'bday':
        setBirthday(draft, dateValue(p));
        break;
      case 'anniversary':
      case 'x-anniversary':
      case 'x-ms-anniversary':
        addImportantDate(draft, 'anniversary', dateValue(p));
        break;
      case 'x-abdate':
        addImportantDate(draft, labelOf(p) ?? 'date', dateValue(p));
        break;
      case 'note':
        addNote(draft, p.values.map(String).join(','));
        break;
      case 'categories':
        for (const value of p.values) addTag(draft, String(value));
        break;
      case 'x-trellis-how-we-met':
        draft.howWeMet ??= unescapeRaw(text(p));
        break;
    }
  }
  return draft;
}

function text(p: JCardProperty): string {
  const v = p.values[0];
  return typeof v === 'string' ? v : '';
}

/** ical.js leaves 'uri' and unknown (X-) values escaped; TEL is 'uri' by default in vCard 4 even when it is text. */
function rawOrText(p: JCardProperty): string {
  return p.type === 'text' || p.type === 'phone-number' ? text(p) : unescapeRaw(text(p));
}

function unescapeRaw(value: string): string {
  return value.replace(/\\([nN]|.)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Structured value components; a component holding several values ('John,Paul') is joined with spaces. */
function parts(p: JCardProperty): (string | null)[] {
  const value = p.values[0];
  const list = Array.isArray(value) ? value : [value ?? ''];
  return list.map((part) => {
    const joined = Array.isArray(part) ? part.join(' ') : part;
    return joined.trim() === '' ? null : joined;
  });
}

/** Apple writes yearless birthdays as 1604-MM-DD with X-APPLE-OMIT-YEAR=1604. */
function dateValue(p: JCardProperty): string {
  const value = text(p);
  const omit = p.params['x-apple-omit-year'];
  if (typeof omit === 'string' && value.startsWith(`${omit}-`)) return `--${value.slice(omit.length + 1)}`;
  if (typeof omit === 'string' && /^\d{8}/.test(value) && value.startsWith(omit)) return `--${value.slice(4, 8)}`;
  return value;
}
