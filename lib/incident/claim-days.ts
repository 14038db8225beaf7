import type { ClaimFacts, DateMention } from '../facts/schema';
import { daysBetween } from '../facts/calendar';

/** A span of days, ISO dates, with the words it was read from. */
export interface DaySpan {
  start: string;
  end: string;
  text: string;
}

// Longer periods ("last year", "in 2019") place nothing precisely enough to tell two clashes apart.
const maxSpanDays = 31;

/** The days a claim's words place its event on (resolved dates no longer than a month). */
export function claimDays(facts: ClaimFacts): DaySpan[] {
  return facts.dates
    .filter((date): date is DateMention & { start: string; end: string } => date.start !== null && date.end !== null)
    .filter((date) => daysBetween(date.start, date.end) <= maxSpanDays)
    .map((date) => ({ start: date.start, end: date.end, text: date.text }));
}

/** Days between two spans; 0 when they overlap. */
export function spanGap(a: { start: string; end: string }, b: { start: string; end: string }): number {
  if (daysBetween(a.end, b.start) > 0) return daysBetween(a.end, b.start);
  if (daysBetween(b.end, a.start) > 0) return daysBetween(b.end, a.start);
  return 0;
}
