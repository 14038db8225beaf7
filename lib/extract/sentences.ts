import type { Token } from './tokenize';
import { abbreviatedTitles } from './titles';

/** A run of tokens `[first, last)` with the paragraph it belongs to. */
export interface TokenRange {
  first: number;
  last: number;
  paragraph: number;
}

// Short words that end with a dot without ending a sentence: titles, months, abbreviations.
const abbreviations = new Set([
  ...abbreviatedTitles, 'st', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'no', 'vs', 'inc', 'co', 'corp',
  'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'ft', 'mt', 'gop',
]);
const closers = new Set(['”', '"', '’', "'", ')', ']']);
const brackets = new Set([')', ']']);
// Module-level patterns: a literal inside a function builds a new RegExp object at every call.
// An initial or dotted initials ("G.K", "D.C" before their last dot): a name or place goes on after them.
const initial = /^\p{Lu}(?:\.\p{Lu}){0,3}$/u;
const continuesSentence = /^[\p{Ll},;]/u;
// A number after a dotted word goes on with it ("at 5 p.m. 20 people"); after any other word it
// opens a sentence ("... is Trump. 81-year-old Ann Poe said").
const dottedWord = /\p{L}\.\p{L}/u;

/** Paragraph number of each token: a paragraph ends at a blank line or a line break. */
export function paragraphOf(text: string, tokens: Token[]): number[] {
  const result: number[] = new Array(tokens.length);
  let paragraph = 0;
  for (let i = 0; i < tokens.length; i++) {
    // Only the whitespace between two tokens is scanned, so the pass stays linear.
    for (let k = i > 0 ? tokens[i - 1].end : tokens[i].start; k < tokens[i].start; k++) {
      if (text.charCodeAt(k) === 10) {
        paragraph++;
        break;
      }
    }
    result[i] = paragraph;
  }
  return result;
}

function endsSentence(tokens: Token[], i: number): boolean {
  const mark = tokens[i].text;
  if (mark !== '.' && mark !== '!' && mark !== '?') return false;
  if (mark === '.' && i > 0) {
    const before = tokens[i - 1].lower;
    if (abbreviations.has(before) || initial.test(tokens[i - 1].text)) return false;
  }
  // "Senator Ann Poe (D-Md.) said": past closing brackets, the next word decides.
  let after = i + 1;
  while (after < tokens.length && brackets.has(tokens[after].text)) after++;
  const next = tokens[after];
  if (next === undefined) return true;
  if (/^\d/.test(next.text)) return mark !== '.' || i === 0 || !dottedWord.test(tokens[i - 1].text);
  return !continuesSentence.test(next.text);
}

/**
 * Splits tokens into sentences: after ". ! ?" (with any closing quotes or brackets) before a
 * word that does not start in lower case, and at every paragraph break. Linear in the tokens.
 */
export function splitSentences(tokens: Token[], paragraphs: number[]): TokenRange[] {
  const sentences: TokenRange[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    let last = i + 1;
    if (endsSentence(tokens, i)) {
      while (last < tokens.length && closers.has(tokens[last].text) && paragraphs[last] === paragraphs[i]) last++;
    } else if (last < tokens.length && paragraphs[last] === paragraphs[i]) continue;
    sentences.push({ first, last, paragraph: paragraphs[i] });
    first = last;
    i = last - 1;
  }
  return sentences;
}
