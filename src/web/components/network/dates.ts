/** Date helpers of the network pages: relative times, yearless birthdays, local time with offset. */

const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const DAY = 86_400_000;

/** "today", "yesterday", "3 weeks ago", "2 years ago"; "Never" for null. */
export function lastContactedLabel(iso: string | null, now = new Date()): string {
  if (!iso) return 'Never';
  const then = new Date(iso);
  const days = Math.round((startOfDay(now) - startOfDay(then)) / DAY);
  if (days <= 0) return days < 0 ? 'upcoming' : 'today';
  if (days < 7) return rtf.format(-days, 'day');
  if (days < 30) return rtf.format(-Math.floor(days / 7), 'week');
  if (days < 365) return rtf.format(-Math.max(1, Math.floor(days / 30.44)), 'month');
  return rtf.format(-Math.floor(days / 365.25), 'year');
}

function startOfDay(d: Date) {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

const monthDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** '--04-15' → "15 April"; '1990-04-15' → "15 April 1990" (in the browser's locale order). */
export function formatOccasion(value: string): string {
  const yearless = /^--(\d{2})-(\d{2})$/.exec(value);
  if (yearless) return monthDay.format(Date.UTC(2000, Number(yearless[1]) - 1, Number(yearless[2])));
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (full) return fullDate.format(Date.UTC(Number(full[1]), Number(full[2]) - 1, Number(full[3])));
  return value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value a datetime-local input wants for a Date: 'YYYY-MM-DDTHH:mm' in local time. */
export function toLocalInputValue(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value read in the browser's zone → ISO 8601 with that zone's offset. */
export function localInputToIso(value: string): string | null {
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return null;
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${toLocalInputValue(d)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** 'YYYY-MM-DD' of the day `months` months before today, for "not contacted in 6 months". */
export function monthsAgoIso(months: number, now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth() - months, now.getDate());
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
