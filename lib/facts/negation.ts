import { eventTable } from './events';
import { findPhrases } from './phrase-table';
import type { Negation } from './schema';
import { isClauseBreak, quote, type Token } from './tokens';

// Cues that negate what follows them ("did not conduct", "denied carrying out", "no airstrike").
const forwardCues = new Set(['not', "n't", 'never', 'no', 'denied', 'denies', 'deny', 'denying', 'rejected',
  'rejects', 'refuted', 'refutes', 'dismissed', 'dismisses', 'without', 'neither', 'nor', 'nobody', 'none',
  "didn't", "doesn't", "don't", "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't", "won't",
  'cannot', "can't", 'contradicted', 'disputed', 'disputes', 'debunked']);
// Cues that negate the clause before them ("the reports were false", "a claim that is untrue").
const backwardCues = new Set(['false', 'untrue', 'baseless', 'fabricated', 'fake', 'hoax', 'groundless', 'unfounded',
  'incorrect', 'inaccurate', 'lies', 'lie', 'misleading', 'bogus', 'nonsense']);

// "had not seen them fire", "did not respond": the denial is of knowing or saying, not of the event.
const knowingVerbs = new Set(['seen', 'see', 'saw', 'witness', 'witnessed', 'know', 'knew', 'known', 'confirm',
  'confirmed', 'respond', 'responded', 'mention', 'mentioned', 'comment', 'commented', 'specify', 'specified',
  'say', 'said', 'hear', 'heard', 'clear', 'able', 'identify', 'identified', 'disclose', 'disclosed', 'reveal',
  'immediately', 'yet', 'explain', 'explained', 'give', 'gave', 'provide', 'provided', 'reply', 'replied']);

const scopeStops = new Set(['but', 'however', 'although', 'though', 'while', 'whereas', 'after', 'because', 'yet']);
const maxScope = 12;

function scopeForward(tokens: Token[], index: number): [number, number] {
  let end = index;
  for (let at = index + 1; at < tokens.length && at <= index + maxScope; at += 1) {
    if (isClauseBreak(tokens[at]) || scopeStops.has(tokens[at].lower) || tokens[at].text === ',') break;
    end = at;
  }
  return [index + 1, end];
}

function scopeBackward(tokens: Token[], index: number): [number, number] {
  let start = index;
  for (let at = index - 1; at >= 0 && at >= index - maxScope; at -= 1) {
    if (isClauseBreak(tokens[at]) || scopeStops.has(tokens[at].lower)) break;
    start = at;
  }
  return [start, index - 1];
}

function isCue(tokens: Token[], index: number): 'forward' | 'backward' | null {
  const word = tokens[index].lower;
  if (forwardCues.has(word) || word.endsWith("n't")) return 'forward';
  // "false" before a noun ("false reports") is a judgement on what follows, not a denial of the clause.
  if (backwardCues.has(word) && !/^\p{L}/u.test(tokens[index + 1]?.text ?? '.')) return 'backward';
  return null;
}

/** Negations found in a text, and the character ranges their scopes cover. */
export interface NegationRead {
  negations: Negation[];
  covered: Array<[number, number]>;
}

/**
 * The negations and denials of a text, each with the words it covers and the
 * event kinds named inside them, so "did not conduct an airstrike" can meet
 * "aircraft struck the checkpoint".
 */
export function readNegations(text: string, tokens: Token[]): NegationRead {
  const negations: Negation[] = [];
  const covered: Array<[number, number]> = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const direction = isCue(tokens, index);
    if (!direction) continue;
    const [from, to] = direction === 'forward' ? scopeForward(tokens, index) : scopeBackward(tokens, index);
    if (to < from) continue;
    const scopeTokens = tokens.slice(from, to + 1);
    covered.push([tokens[from].start, tokens[to].end]);
    const aboutKnowing = direction === 'forward' && scopeTokens.slice(0, 2).some((token) => knowingVerbs.has(token.lower));
    negations.push({
      cue: tokens[index].text,
      scope: quote(text, tokens, from, to),
      events: aboutKnowing ? [] : [...new Set(findPhrases(scopeTokens, eventTable).map((hit) => hit.key))],
      text: quote(text, tokens, Math.min(index, from), Math.max(index, to)),
    });
  }
  return { negations, covered };
}
