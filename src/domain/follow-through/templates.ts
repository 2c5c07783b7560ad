/**
 * Merge-field templates: "Hi {firstName}, …". Fields use single braces and
 * camelCase names. There is deliberately no escape for literal braces: they
 * are rare in a thank-you note, and refusing "{{firstName}}" with a clear
 * error beats silently sending "{firstName}" to a mentor.
 */

export const KNOWN_MERGE_FIELDS = [
  'firstName',
  'lastName',
  /** Honorific such as Dr., Mr., Ms. (not a job title). */
  'title',
  'fullName',
  'company',
  'jobTitle',
  'topic',
  'recap',
  'myName',
  'eventName',
  'date',
  'introducerName',
  'role',
  'advice',
  'progress',
  /** A find being shared: its title and address. */
  'linkTitle',
  'link',
] as const;
export type KnownMergeField = (typeof KNOWN_MERGE_FIELDS)[number];

export type MergeFields = Partial<Record<string, string | number | null | undefined>>;

type Token = { type: 'text'; value: string } | { type: 'field'; name: string; position: number };

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export class TemplateSyntaxError extends Error {
  override readonly name = 'TemplateSyntaxError';
  constructor(
    readonly reason: string,
    /** 0-based offset into the template body. */
    readonly position: number,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} (line ${line}, column ${column})`);
  }
}

function syntaxError(body: string, position: number, reason: string): TemplateSyntaxError {
  const before = body.slice(0, position).split('\n');
  return new TemplateSyntaxError(reason, position, before.length, (before[before.length - 1]?.length ?? 0) + 1);
}

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  let text = '';
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === '}') throw syntaxError(body, i, "Unmatched '}': merge fields look like {firstName}");
    if (ch !== '{') {
      text += ch;
      i += 1;
      continue;
    }
    const open = i;
    let close = -1;
    for (let j = i + 1; j < body.length; j++) {
      if (body[j] === '}') {
        close = j;
        break;
      }
      if (body[j] === '{') {
        throw syntaxError(body, j, "Unexpected '{' inside a merge field: use single braces, like {firstName}");
      }
      if (body[j] === '\n') break;
    }
    if (close === -1) throw syntaxError(body, open, "Unclosed '{': add the matching '}'");
    const name = body.slice(open + 1, close).trim();
    if (name === '') throw syntaxError(body, open, "Empty merge field '{}'");
    if (!FIELD_NAME.test(name)) {
      throw syntaxError(body, open, `Invalid merge field name "${name}": use letters and digits, like {firstName}`);
    }
    if (text) tokens.push({ type: 'text', value: text });
    text = '';
    tokens.push({ type: 'field', name, position: open });
    i = close + 1;
  }
  if (text) tokens.push({ type: 'text', value: text });
  return tokens;
}

export type TemplateValidation =
  | { ok: true; fields: string[] }
  | { ok: false; error: { message: string; position: number; line: number; column: number } };

export function validateTemplate(body: string): TemplateValidation {
  try {
    return { ok: true, fields: extractFields(body) };
  } catch (err) {
    if (!(err instanceof TemplateSyntaxError)) throw err;
    return { ok: false, error: { message: err.message, position: err.position, line: err.line, column: err.column } };
  }
}

/** Distinct field names in order of first use. Throws TemplateSyntaxError. */
export function extractFields(body: string): string[] {
  const names: string[] = [];
  for (const token of tokenize(body)) {
    if (token.type === 'field' && !names.includes(token.name)) names.push(token.name);
  }
  return names;
}

export interface RenderedTemplate {
  text: string;
  /** Fields with no value, shown in the text as "[name]" so the user sees what to fill in. */
  missing: string[];
  /** Fields that aren't standard merge fields: probably typos like {frist}. */
  unknown: string[];
}

function fieldValue(fields: MergeFields, name: string): string | null {
  const raw = fields[name];
  const value = raw === null || raw === undefined ? '' : String(raw).trim();
  if (value) return value;
  if (name === 'fullName') {
    const parts = [fields.firstName, fields.lastName].map((p) => (p == null ? '' : String(p).trim())).filter(Boolean);
    return parts.length > 0 ? parts.join(' ') : null;
  }
  return null;
}

/** Fills merge fields. Blank values count as missing. Throws TemplateSyntaxError. */
export function renderTemplate(body: string, fields: MergeFields): RenderedTemplate {
  const missing: string[] = [];
  const unknown: string[] = [];
  let text = '';
  for (const token of tokenize(body)) {
    if (token.type === 'text') {
      text += token.value;
      continue;
    }
    const value = fieldValue(fields, token.name);
    if (value === null) {
      if (!missing.includes(token.name)) missing.push(token.name);
      text += `[${token.name}]`;
    } else {
      text += value;
    }
    if (!(KNOWN_MERGE_FIELDS as readonly string[]).includes(token.name) && !unknown.includes(token.name)) {
      unknown.push(token.name);
    }
  }
  return { text, missing, unknown };
}

/** Length as people count it: emoji and other astral characters are one each, not two UTF-16 units. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

export interface MailtoInput {
  to: string | readonly string[];
  cc?: string | readonly string[];
  bcc?: string | readonly string[];
  subject?: string | null;
  body?: string | null;
}

/** encodeURIComponent throws on lone surrogates (e.g. a truncated emoji); send U+FFFD instead. */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

function encodeAddresses(addresses: string | readonly string[]): string {
  const list = typeof addresses === 'string' ? [addresses] : addresses;
  return list
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) => encode(a).replace(/%40/g, '@'))
    .join(',');
}

/**
 * RFC 6068 mailto: URL. Uses %20 for spaces (a '+' would reach the mail
 * client literally) and CRLF line breaks in the body, as the RFC requires.
 */
export function mailtoUrl(input: MailtoInput): string {
  const headers: string[] = [];
  const add = (key: string, value: string | null | undefined) => {
    if (value) headers.push(`${key}=${encode(value)}`);
  };
  for (const key of ['cc', 'bcc'] as const) {
    const addresses = input[key] ? encodeAddresses(input[key]) : '';
    if (addresses) headers.push(`${key}=${addresses}`);
  }
  add('subject', input.subject);
  add('body', input.body?.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeAddresses(input.to)}${headers.length > 0 ? `?${headers.join('&')}` : ''}`;
}
