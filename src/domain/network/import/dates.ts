/**
 * Date reading for every import format. Output is 'YYYY-MM-DD' or yearless
 * '--MM-DD'. Impossible calendar dates are reported as invalid so the caller
 * can drop the date (never the row) and warn.
 */

export type DateOrder = 'mdy' | 'dmy';
export type DateResult = { ok: true; date: string } | { ok: false } | null;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  return Object.hasOwn(MONTHS, key) ? MONTHS[key] : undefined;
}

/** Placeholders some exporters write instead of leaving the cell empty (Outlook: '0/0/00'). */
const EMPTY_DATES = new Set(['', '0/0/00', '0/0/0000', '00/00/0000', '0000-00-00']);

export function readDate(raw: string | null | undefined, order: DateOrder = 'mdy'): DateResult {
  const value = (raw ?? '').trim();
  if (EMPTY_DATES.has(value)) return null;
  let m: RegExpExecArray | null;

  if ((m = /^--(\d{2})-?(\d{2})$/.exec(value))) return build(null, +m[1]!, +m[2]!);
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-][\d:]+)?)?$/.exec(value))) {
    return build(yearOrNull(m[1]!), +m[2]!, +m[3]!);
  }
  if ((m = /^(\d{4})(\d{2})(\d{2})(?:T[\dZ:+-]*)?$/.exec(value))) return build(yearOrNull(m[1]!), +m[2]!, +m[3]!);
  // LinkedIn's 'Connected On' is '05 Oct 2020'.
  if ((m = /^(\d{1,2})[ -]([a-z]{3,9})\.?,?[ -](\d{4})$/i.exec(value))) {
    const month = monthNumber(m[2]!);
    return month ? build(+m[3]!, month, +m[1]!) : { ok: false };
  }
  if ((m = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/i.exec(value))) {
    const month = monthNumber(m[1]!);
    return month ? build(+m[3]!, month, +m[2]!) : { ok: false };
  }
  // Dotted dates are day-first everywhere they are used (de, fr, ru, ...).
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(value))) return build(fullYear(m[3]!), +m[2]!, +m[1]!);
  if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(value))) {
    const a = +m[1]!;
    const b = +m[2]!;
    // A first part over 12 can only be a day, whatever the configured order.
    const dayFirst = order === 'dmy' ? b <= 12 || a > 12 : a > 12;
    return build(fullYear(m[3]!), dayFirst ? b : a, dayFirst ? a : b);
  }
  return { ok: false };
}

/** Year 0000 and Apple's 1604 are "no year" markers rather than real years. */
function yearOrNull(year: string): number | null {
  return year === '0000' ? null : +year;
}

function fullYear(year: string): number {
  if (year.length === 4) return +year;
  const yy = +year;
  const pivot = new Date().getFullYear() % 100;
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

function build(year: number | null, month: number, day: number): DateResult {
  if (month < 1 || month > 12 || day < 1) return { ok: false };
  // Feb 29 is a valid yearless birthday, so check against a leap year.
  const probe = new Date(0);
  probe.setUTCFullYear(year ?? 2000, month, 0);
  const maxDay = probe.getUTCDate();
  if (day > maxDay) return { ok: false };
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  if (year === null) return { ok: true, date: `--${mm}-${dd}` };
  if (year < 1 || year > 9999) return { ok: false };
  return { ok: true, date: `${String(year).padStart(4, '0')}-${mm}-${dd}` };
}
