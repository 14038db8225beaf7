import type { ExtractDocument } from './document';
import type { RoleWindow } from './role-window';
import { withPrevious } from './cue-features';
import { mix } from './feature-hash';
import { wordClasses } from './word-class';

/** What the role tagger knows about one cue while it labels the tokens around it. */
export interface RoleContext {
  doc: ExtractDocument;
  cueFirst: number;
  cueLast: number;
  window: RoleWindow;
  /** Hashed stem of the cue's last word. */
  cueStem: number;
  /** How the cue joins its clause: after a comma or "and", and whether it is an -ing form. */
  cueJoin: number;
  /** Quotation right beside the cue ("...," she said / said: "..."), or -1. */
  besideQuote: number;
  /** Coarse class of each token of the document (see wordClasses). */
  classes: Uint8Array;
  /** The classes of the tokens just before and just after the cue, mixed ("officials [said] that", "[told] reporters"). */
  cueAround: number;
  /** Prefix counts over the window, one row per kind in `counted`, so "how many between t and the cue" costs O(1). */
  counts: Int32Array;
}

/** Rows of `RoleContext.counts`: what the role features count between a token and the cue. */
const counted = { comma: 0, quote: 1, that: 2, colon: 3, cue: 4 };

const quoteMarks = new Set(['“', '”', '"', '«', '»']);

function quoteBesideCue(doc: ExtractDocument, cueFirst: number, cueLast: number): number {
  const sentence = doc.sentenceOf[cueFirst];
  for (let step = 1; step <= 8; step++) {
    for (const i of [cueFirst - step, cueLast - 1 + step]) {
      if (i >= 0 && i < doc.tokens.length && doc.quotes[i] >= 0 && Math.abs(doc.sentenceOf[i] - sentence) <= 1) return doc.quotes[i];
    }
  }
  return -1;
}

// Classes past either end of the text, apart from every word class.
const beforeText = 30;
const afterText = 31;

/** Builds the per-cue context; `isCue` marks tokens of every cue found in the text. */
export function roleContext(doc: ExtractDocument, cueFirst: number, cueLast: number, window: RoleWindow, isCue: Uint8Array): RoleContext {
  const size = window.last - window.first + 1;
  // One array for all five kinds: a typed array costs far more to create than to fill.
  const counts = new Int32Array(5 * size);
  for (let i = window.first; i < window.last; i++) {
    const k = i - window.first;
    const word = doc.tokens[i].lower;
    const ownCue = i >= cueFirst && i < cueLast;
    counts[k + 1] = counts[k] + (word === ',' ? 1 : 0);
    counts[size + k + 1] = counts[size + k] + (quoteMarks.has(word) ? 1 : 0);
    counts[2 * size + k + 1] = counts[2 * size + k] + (word === 'that' ? 1 : 0);
    counts[3 * size + k + 1] = counts[3 * size + k] + (word === ':' ? 1 : 0);
    counts[4 * size + k + 1] = counts[4 * size + k] + (isCue[i] && !ownCue ? 1 : 0);
  }
  const cueStem = doc.codes.stems[cueLast - 1];
  const before = cueFirst > 0 ? doc.tokens[cueFirst - 1].lower : '';
  const joiner = before === ',' ? 1 : before === 'and' ? 2 : 0;
  const cueJoin = joiner * 2 + (doc.tokens[cueFirst].lower.endsWith('ing') ? 1 : 0);
  const classes = wordClasses(doc);
  const cueAround = mix(cueFirst > 0 ? classes[cueFirst - 1] : beforeText, cueLast < classes.length ? classes[cueLast] : afterText);
  return { doc, cueFirst, cueLast, window, cueStem, cueJoin, besideQuote: quoteBesideCue(doc, cueFirst, cueLast), classes, cueAround, counts };
}

function bucket(distance: number): number {
  if (distance <= 3) return distance;
  if (distance <= 6) return 4;
  if (distance <= 10) return 5;
  if (distance <= 20) return 6;
  return distance <= 40 ? 7 : 8;
}

function between(context: RoleContext, kind: number, t: number): number {
  const { window, cueFirst, cueLast } = context;
  // Two plain numbers, not a destructured pair: this runs several times for every token.
  const from = t < cueFirst ? t + 1 : cueLast;
  const to = t < cueFirst ? cueFirst : t;
  if (to <= from) return 0;
  const row = kind * (window.last - window.first + 1) - window.first;
  return context.counts[row + to] - context.counts[row + from];
}

function classOf(context: RoleContext, t: number): number {
  if (t < 0) return beforeText;
  return t < context.classes.length ? context.classes[t] : afterText;
}

/** How many features roleFeatures pairs with the previous token's label. */
export const pairedRoleFeatures = 7;

/**
 * Writes into `out` the hashed features of token `t` for the role tagger (source, content or
 * neither): its side of and distance from the cue, the commas, quotation marks, "that" and
 * other cues between them, whether it is in the quotation beside the cue, how the cue joins
 * its clause, and the coarse word classes (see wordClasses) of the token and its neighbours.
 * Writes into `paired` the parts that withPreviousLabel ties to the label of the
 * token before, so a search over labellings computes the rest once per token. Returns the count.
 */
export function roleFeatures(context: RoleContext, t: number, out: Uint32Array, paired: Uint32Array): number {
  const { doc, cueFirst, cueLast } = context;
  const { words, shapes } = doc.codes;
  const side = t < cueFirst ? 1 : t >= cueLast ? 2 : 3;
  const distance = bucket(side === 1 ? cueFirst - t : side === 2 ? t - cueLast + 1 : 0);
  const inQuote = doc.quotes[t] < 0 ? 0 : doc.quotes[t] === context.besideQuote ? 1 : 2;
  const commas = Math.min(between(context, counted.comma, t), 3);
  const quotes = Math.min(between(context, counted.quote, t), 3);
  const otherCue = between(context, counted.cue, t) > 0 ? 1 : 0;
  const sentences = Math.max(-2, Math.min(2, doc.sentenceOf[t] - doc.sentenceOf[cueFirst])) + 2;
  const fromStart = Math.min(t - doc.sentences[doc.sentenceOf[t]].first, 6);
  const { cueStem: cue, cueJoin } = context;
  // Parts that several features share, mixed once.
  const sideCue = mix(side, cue);
  const sideCommas = mix(side, commas);
  const sideDistance = mix(side, distance);
  let k = 0;
  out[k++] = 0;
  out[k++] = sideDistance;
  out[k++] = mix(side, words[t]);
  out[k++] = mix(mix(side, inQuote), distance);
  out[k++] = mix(sideCommas, inQuote);
  out[k++] = mix(sideCommas, quotes);
  out[k++] = mix(side, sentences);
  out[k++] = mix(mix(side, otherCue), sentences);
  out[k++] = mix(side, Math.min(between(context, counted.that, t), 2));
  out[k++] = mix(side, Math.min(between(context, counted.colon, t), 1));
  out[k++] = sideCue;
  out[k++] = mix(sideCue, inQuote);
  out[k++] = mix(sideCue, distance);
  out[k++] = mix(side, t > 0 ? words[t - 1] : 0);
  out[k++] = mix(side, t + 1 < words.length ? words[t + 1] : 0);
  out[k++] = mix(mix(mix(side, cueJoin), fromStart), sentences);
  out[k++] = mix(sideCue, words[t]);
  out[k++] = mix(mix(side, classOf(context, t - 1)), mix(classOf(context, t), classOf(context, t + 1)));
  out[k++] = mix(sideDistance, classOf(context, t));
  out[k++] = mix(sideDistance, context.cueAround);
  // One loop mixes each value with its template: V8 inlines that one call of mix, not twenty (past its budget).
  for (let j = 0; j < k; j++) out[j] = mix(j + 101, out[j]);
  paired[0] = mix(side, shapes[t]);
  paired[1] = 0;
  paired[2] = words[t];
  paired[3] = sideDistance;
  paired[4] = mix(mix(side, cueJoin), otherCue);
  paired[5] = mix(side, mix(inQuote, commas));
  paired[6] = mix(side, Math.min(doc.sentences[doc.sentenceOf[t]].last - t, 4));
  return k;
}

/** Writes at `from` the features roleFeatures left in `paired`, each tied to `previousLabel` (0 neither, 1 source, 2 content); returns the next free slot. */
export function withPreviousLabel(paired: Uint32Array, previousLabel: number, out: Uint32Array, from: number): number {
  return withPrevious(paired, pairedRoleFeatures, previousLabel, 151, out, from);
}
