import { addDays, isoDate, monthIndex, monthSpan, parseIsoDate, weekdayIndex } from './calendar';
import type { DateMention } from './schema';
import { quote, type Token } from './tokens';

type Span = [string | null, string | null];
interface DateHit {
  from: number;
  to: number;
  span: Span;
}

const isYear = (token: Token | undefined): boolean => !!token && /^(19|20)\d\d$/.test(token.lower);
const dayOf = (token: Token | undefined): number | null =>
  token && /^\d{1,2}(st|nd|rd|th)?$/.test(token.lower) && Number.parseInt(token.lower, 10) <= 31
    ? Number.parseInt(token.lower, 10)
    : null;

function dayIn(year: number, month: number, day: number, reference: Date | null): Span {
  let date = new Date(Date.UTC(year, month, day));
  // A day without a year that would fall well after the page's date belongs to the year before.
  if (reference && date > addDays(reference, 7)) date = new Date(Date.UTC(year - 1, month, day));
  return [isoDate(date), isoDate(date)];
}

function monthDay(tokens: Token[], index: number, reference: Date | null): DateHit | null {
  const month = monthIndex(tokens[index].lower);
  if (month === null || (tokens[index].lower === 'may' && dayOf(tokens[index + 1]) === null)) return null;
  // "Feb. 12": the abbreviation's full stop is its own token.
  const dayAt = tokens[index + 1]?.text === '.' ? index + 2 : index + 1;
  const day = dayOf(tokens[dayAt]);
  const dayBefore = dayOf(tokens[index - 1]);
  if (day !== null) {
    const yearAt = tokens[dayAt + 1]?.text === ',' ? dayAt + 2 : dayAt + 1;
    const year = isYear(tokens[yearAt]) ? Number(tokens[yearAt].lower) : null;
    const span = year !== null ? dayIn(year, month, day, null) : reference ? dayIn(reference.getUTCFullYear(), month, day, reference) : ([null, null] as Span);
    return { from: index, to: year !== null ? yearAt : dayAt, span };
  }
  if (dayBefore !== null && isYear(tokens[index + 1])) {
    return { from: index - 1, to: index + 1, span: dayIn(Number(tokens[index + 1].lower), month, dayBefore, null) };
  }
  if (isYear(tokens[index + 1])) return { from: index, to: index + 1, span: monthSpan(Number(tokens[index + 1].lower), month) };
  return bareMonth(tokens, index, month, reference);
}

function bareMonth(tokens: Token[], index: number, month: number, reference: Date | null): DateHit | null {
  const before = tokens[index - 1]?.lower;
  if (!['in', 'last', 'this', 'early', 'late', 'mid', 'since', 'during'].includes(before ?? '')) return null;
  const from = before === 'last' || before === 'this' ? index - 1 : index;
  if (!reference) return { from, to: index, span: [null, null] };
  const refMonth = reference.getUTCMonth();
  let year = reference.getUTCFullYear();
  if (month > refMonth || (before === 'last' && month === refMonth)) year -= 1;
  return { from, to: index, span: monthSpan(year, month) };
}

function relativeDay(tokens: Token[], index: number, reference: Date | null): DateHit | null {
  // "during Monday's clash": the possessive still names the day.
  const word = tokens[index].lower.replace(/'s$/, '');
  const weekday = weekdayIndex(word);
  let back: number | null = null;
  if (weekday !== null && reference) back = (reference.getUTCDay() - weekday + 7) % 7;
  if (word === 'yesterday') back = 1;
  if (word === 'today' || word === 'tonight') back = 0;
  if (word === 'night' && tokens[index - 1]?.lower === 'last') back = 1;
  if (back === null) return weekday !== null ? { from: index, to: index, span: [null, null] } : null;
  const from = word === 'night' ? index - 1 : index;
  if (!reference) return { from, to: index, span: [null, null] };
  const day = isoDate(addDays(reference, -back));
  return { from, to: index, span: [day, day] };
}

function relativePeriod(tokens: Token[], index: number, reference: Date | null): DateHit | null {
  const word = tokens[index].lower;
  if (isYear(tokens[index]) && ['in', 'early', 'late', 'since', 'during', 'of'].includes(tokens[index - 1]?.lower ?? '')) {
    return { from: index - 1, to: index, span: [`${word}-01-01`, `${word}-12-31`] };
  }
  if (tokens[index - 1]?.lower !== 'last' || !['week', 'month', 'year'].includes(word)) return null;
  if (!reference) return { from: index - 1, to: index, span: [null, null] };
  const days = word === 'week' ? 14 : word === 'month' ? 62 : 730;
  return { from: index - 1, to: index, span: [isoDate(addDays(reference, -days)), isoDate(addDays(reference, -1))] };
}

function isoDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const match of text.matchAll(/\b\d{4}-\d{2}-\d{2}\b/g)) {
    if (parseIsoDate(match[0])) found.push({ text: match[0], start: match[0], end: match[0] });
  }
  return found;
}

/**
 * Dates and periods the text names ("on Monday", "last November", "August 17,
 * 2020", "Feb. 12", "yesterday", "in 2019"), resolved to ISO days against
 * `reference` (YYYY-MM-DD, the page's publication date) when one is given;
 * start and end are null where the words alone cannot place the date.
 */
export function readDates(text: string, tokens: Token[], reference: string | null): DateMention[] {
  const referenceDate = reference ? parseIsoDate(reference) : null;
  const found = isoDates(text);
  for (let index = 0; index < tokens.length; index += 1) {
    const hit = monthDay(tokens, index, referenceDate) ?? relativeDay(tokens, index, referenceDate) ?? relativePeriod(tokens, index, referenceDate);
    if (!hit) continue;
    found.push({ text: quote(text, tokens, hit.from, hit.to), start: hit.span[0], end: hit.span[1] });
    index = Math.max(index, hit.to);
  }
  return found;
}
