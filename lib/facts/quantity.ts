import { readNumber } from './number-words';
import type { Token } from './tokens';

/** An amount as an interval (max null: unbounded) and the token index after it. */
export interface Quantity {
  min: number;
  max: number | null;
  next: number;
}

type Bound = (value: [number, number | null]) => [number, number | null];

const atLeast: Bound = ([min]) => [min, null];
const above: Bound = ([min]) => [min + 1, null];
const atMost: Bound = ([, max]) => [0, max];
const below: Bound = ([min]) => [0, Math.max(0, min - 1)];
const justBelow: Bound = ([min]) => [Math.floor(min * 0.8), Math.max(0, min - 1)];
const roughly: Bound = ([min, max]) => [Math.floor(min * 0.8), max === null ? null : Math.ceil(max * 1.2)];

// Modifiers as token sequences, longest first so "no fewer than" wins over "no".
const modifiers: Array<[string[], Bound]> = [
  [['no', 'fewer', 'than'], atLeast], [['no', 'less', 'than'], atLeast], [['at', 'least'], atLeast],
  [['more', 'than'], above], [['over'], above], [['upwards', 'of'], atLeast],
  [['up', 'to'], atMost], [['as', 'many', 'as'], atMost], [['at', 'most'], atMost], [['no', 'more', 'than'], atMost],
  [['fewer', 'than'], below], [['less', 'than'], below], [['under'], below],
  [['nearly'], justBelow], [['almost'], justBelow],
  [['about'], roughly], [['around'], roughly], [['approximately'], roughly], [['some'], roughly], [['roughly'], roughly],
];

function readModifier(tokens: Token[], index: number): { bound: Bound; next: number } | null {
  for (const [words, bound] of modifiers) {
    if (words.every((word, offset) => tokens[index + offset]?.lower === word)) {
      return { bound, next: index + words.length };
    }
  }
  return null;
}

function readRange(tokens: Token[], index: number): Quantity | null {
  const between = tokens[index]?.lower === 'between';
  const first = readNumber(tokens, between ? index + 1 : index);
  if (!first) return null;
  const joiner = tokens[first.next]?.lower;
  const joins = between ? joiner === 'and' : joiner === 'to' || joiner === 'or' || joiner === '-';
  const second = joins ? readNumber(tokens, first.next + 1) : null;
  if (!second || first.min === 0) return between ? null : first;
  return { min: Math.min(first.min, second.min), max: second.max, next: second.next };
}

/**
 * Reads an amount at `index`, with its modifier ("at least two", "more than 30",
 * "up to five", "dozens") or as a range ("three to five", "between 3 and 5").
 * Returns null when no amount starts there.
 */
export function readQuantity(tokens: Token[], index: number): Quantity | null {
  const modifier = readModifier(tokens, index);
  const base = readRange(tokens, modifier ? modifier.next : index);
  if (!base) return null;
  if (!modifier) return base;
  const [min, max] = modifier.bound([base.min, base.max]);
  return { min, max, next: base.next };
}
