import type { Token } from './tokens';

const units: Record<string, number> = {
  zero: 0, one: 1, a: 1, an: 1, single: 1, another: 1, two: 2, both: 2,
  three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const tens: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const scales: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

/** Vague quantities as the range a careful reader would accept. */
const vague: Record<string, [number, number | null]> = {
  couple: [2, 2], few: [2, 5], several: [3, 9], many: [3, null], numerous: [3, null],
  dozen: [12, 12], dozens: [24, 199], scores: [40, 199], hundreds: [200, 1999], thousands: [2000, null],
};

const ordinals = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'further', 'later', 'new', 'separate']);

/** A number read from words: its value range and the index after its last token. */
export interface NumberRead {
  min: number;
  max: number | null;
  next: number;
}

function readDigits(token: Token): number | null {
  if (!/^\d[\d,]*(\.\d+)?$/.test(token.lower)) return null;
  const value = Number(token.lower.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

const nothing = new Set(['no', 'none', 'nobody']);

function readWordNumber(tokens: Token[], index: number): NumberRead | null {
  // "no one" is nobody, not "no" plus "one".
  if (nothing.has(tokens[index].lower)) return { min: 0, max: 0, next: index + (tokens[index + 1]?.lower === 'one' ? 2 : 1) };
  let value = 0;
  let next = index;
  let seen = false;
  while (next < tokens.length && next - index < 6) {
    const word = tokens[next].lower;
    const part = tens[word] ?? units[word];
    if (part !== undefined && !(seen && (word === 'a' || word === 'an' || word === 'no'))) {
      value += part;
    } else if (scales[word] !== undefined && seen) {
      value = value * scales[word];
    } else if (!(seen && (word === 'and' || word === '-'))) break;
    seen = true;
    next += 1;
  }
  while (next > index && ['and', '-'].includes(tokens[next - 1].lower)) next -= 1;
  return seen ? { min: value, max: value, next } : null;
}

function readVague(tokens: Token[], index: number): NumberRead | null {
  const word = tokens[index]?.lower;
  const skip = word === 'a' ? 1 : 0;
  const head = tokens[index + skip]?.lower;
  const range = head === undefined ? undefined : vague[head];
  if (!range) return null;
  const next = index + skip + 1 + (tokens[index + skip + 1]?.lower === 'of' ? 1 : 0);
  return { min: range[0], max: range[1], next };
}

/**
 * Reads one cardinal at `index`: digits ("12", "1,200"), words ("twenty-one",
 * "a hundred"), or a vague amount ("dozens", "a few", "several").
 * Returns null when no number starts there.
 */
export function readNumber(tokens: Token[], index: number): NumberRead | null {
  const token = tokens[index];
  if (!token) return null;
  // "a second soldier died" adds one to an earlier count; it is not a count of one.
  if ((token.lower === 'a' || token.lower === 'an') && ordinals.has(tokens[index + 1]?.lower ?? '')) return null;
  const digits = readDigits(token);
  if (digits !== null) {
    const scale = scales[tokens[index + 1]?.lower ?? ''];
    return scale ? { min: digits * scale, max: digits * scale, next: index + 2 } : { min: digits, max: digits, next: index + 1 };
  }
  const fuzzy = readVague(tokens, index);
  if (fuzzy) return fuzzy;
  const hyphenated = token.lower.includes('-') ? readHyphenated(token.lower) : null;
  if (hyphenated !== null) return { min: hyphenated, max: hyphenated, next: index + 1 };
  return readWordNumber(tokens, index);
}

function readHyphenated(word: string): number | null {
  const [ten, unit] = word.split('-');
  if (tens[ten] === undefined || units[unit] === undefined || units[unit] > 9) return null;
  return tens[ten] + units[unit];
}
