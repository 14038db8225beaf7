const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];
const monthAbbreviations = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** 0-based month of a month name or abbreviation ("Feb", "sept"); null for other words. */
export function monthIndex(word: string): number | null {
  const clean = word.toLowerCase().replace(/\.$/, '');
  const full = months.indexOf(clean);
  if (full >= 0) return full;
  const short = monthAbbreviations.indexOf(clean === 'sept' ? 'sep' : clean);
  return short >= 0 ? short : null;
}

/** 0-based weekday (Sunday 0) of a weekday name; null for other words. */
export function weekdayIndex(word: string): number | null {
  const index = weekdays.indexOf(word.toLowerCase());
  return index >= 0 ? index : null;
}

/** Parses YYYY-MM-DD as a UTC date; null when it is not one. */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 ? date : null;
}

/** Formats a UTC date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The date `days` days after (or before, when negative) `date`. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** The first and last day of a month, as ISO dates. */
export function monthSpan(year: number, month: number): [string, string] {
  return [isoDate(new Date(Date.UTC(year, month, 1))), isoDate(new Date(Date.UTC(year, month + 1, 0)))];
}

/** Whole days from `a` to `b` (ISO dates); positive when b is later. */
export function daysBetween(a: string, b: string): number {
  const first = parseIsoDate(a);
  const second = parseIsoDate(b);
  if (!first || !second) return Number.NaN;
  return Math.round((second.getTime() - first.getTime()) / 86_400_000);
}
