/**
 * Splits a .vcf file into per-card texts for ical.js. Splitting ourselves
 * (rather than one ICAL.parse call for the whole file) matters for two
 * reasons: ical.js picks the vCard 3/4 design set from the first card and
 * keeps it for the rest of the file, and one malformed card would otherwise
 * throw away every contact. Tokenising, unfolding and unescaping stay in
 * ical.js; this file only does line-level repairs ical.js rejects.
 */

export type RawCard = { ordinal: number; text: string; warnings: string[] };

export function splitCards(fileText: string): RawCard[] {
  const lines = fileText.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cards: RawCard[] = [];
  let current: string[] | null = null;
  const flush = (): void => {
    if (current) cards.push(repairCard(cards.length + 1, current));
    current = null;
  };
  for (const line of lines) {
    if (/^BEGIN:VCARD\s*$/i.test(line)) {
      // A BEGIN before the previous END: treat the unterminated card as complete.
      flush();
      current = [];
    } else if (/^END:VCARD\s*$/i.test(line)) {
      flush();
    } else if (current) {
      current.push(line);
    }
  }
  flush();
  return cards;
}

function repairCard(ordinal: number, body: string[]): RawCard {
  const warnings: string[] = [];
  const isLegacy = body.some((l) => /^VERSION:\s*2\.1\s*$/i.test(l));
  let lines = isLegacy || body.some((l) => /ENCODING=QUOTED-PRINTABLE/i.test(l)) ? joinQuotedPrintable(body) : body;
  lines = lines.filter((line) => {
    if (line.trim() === '') return false;
    if (/^[ \t]/.test(line) || line.includes(':')) return true;
    // vCard 2.1 writers often continue base64 photos without the leading space; such lines are never data we use.
    warnings.push('ignored an unreadable line');
    return false;
  });
  if (isLegacy) lines = lines.map(upgradeLegacyLine);
  return { ordinal, text: ['BEGIN:VCARD', ...lines, 'END:VCARD'].join('\r\n'), warnings: dedupe(warnings) };
}

function dedupe(values: string[]): string[] {
  return [...new Set(values)];
}

/** QP soft line breaks end a physical line with '='; glue them back before anything else. */
function joinQuotedPrintable(lines: string[]): string[] {
  const out: string[] = [];
  let pending: string | null = null;
  for (const line of lines) {
    const joined: string = pending === null ? line : pending + line.replace(/^[ \t]/, '');
    const isQp = /^[^:]*ENCODING=QUOTED-PRINTABLE/i.test(joined);
    if (isQp && joined.endsWith('=')) {
      pending = joined.slice(0, -1);
      continue;
    }
    pending = null;
    out.push(isQp ? decodeQuotedPrintableLine(joined) : joined);
  }
  if (pending !== null) out.push(decodeQuotedPrintableLine(pending));
  return out;
}

const utf8 = new TextEncoder();

function decodeQuotedPrintableLine(line: string): string {
  const colon = line.indexOf(':');
  const head = line.slice(0, colon);
  const charset = /CHARSET=([^;:]+)/i.exec(head)?.[1] ?? 'utf-8';
  const newHead = head.replace(/;(ENCODING=QUOTED-PRINTABLE|CHARSET=[^;:]+)/gi, '');
  const bytes: number[] = [];
  const value = line.slice(colon + 1);
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      const char = String.fromCodePoint(value.codePointAt(i)!);
      bytes.push(...utf8.encode(char));
      i += char.length - 1;
    }
  }
  let decoded: string;
  try {
    decoded = new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    decoded = new TextDecoder('utf-8').decode(new Uint8Array(bytes));
  }
  // Decoded text may contain real line breaks, which must become vCard escapes to stay on one line.
  return `${newHead}:${decoded.replace(/\r\n|\r|\n/g, '\\n')}`;
}

/** vCard 2.1 allows bare parameters ('TEL;CELL;WORK:…'); ical.js needs 'TYPE=CELL'. */
function upgradeLegacyLine(line: string): string {
  if (/^[ \t]/.test(line)) return line;
  const colon = line.indexOf(':');
  if (colon < 0) return line;
  const [name, ...params] = line.slice(0, colon).split(';');
  if (params.length === 0) return line;
  const fixed = params
    .filter((p) => p !== '')
    .map((p) => (p.includes('=') ? p : `TYPE=${p}`));
  const head = [name, ...fixed].join(';');
  return `${head}${line.slice(colon)}`;
}
