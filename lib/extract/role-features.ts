import type { ExtractDocument } from './document';
import type { RoleWindow } from './role-window';
import { shape, stem } from './word-shape';

/** What the role tagger knows about one cue while it labels the tokens around it. */
export interface RoleContext {
  doc: ExtractDocument;
  cueFirst: number;
  cueLast: number;
  window: RoleWindow;
  cueStem: string;
  /** How the cue joins its clause: after a comma, after "and", or neither. */
  cueJoin: string;
  /** Quotation right beside the cue ("...," she said / said: "..."), or -1. */
  besideQuote: number;
  /** Prefix counts over the window, so "how many between t and the cue" costs O(1). */
  counts: Record<'comma' | 'quote' | 'that' | 'colon' | 'cue', Int32Array>;
}

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

/** Builds the per-cue context; `isCue` marks tokens of every cue found in the text. */
export function roleContext(doc: ExtractDocument, cueFirst: number, cueLast: number, window: RoleWindow, isCue: Uint8Array): RoleContext {
  const size = window.last - window.first + 1;
  const counts = { comma: new Int32Array(size), quote: new Int32Array(size), that: new Int32Array(size), colon: new Int32Array(size), cue: new Int32Array(size) };
  for (let i = window.first; i < window.last; i++) {
    const k = i - window.first;
    const word = doc.tokens[i].lower;
    const ownCue = i >= cueFirst && i < cueLast;
    counts.comma[k + 1] = counts.comma[k] + (word === ',' ? 1 : 0);
    counts.quote[k + 1] = counts.quote[k] + (quoteMarks.has(word) ? 1 : 0);
    counts.that[k + 1] = counts.that[k] + (word === 'that' ? 1 : 0);
    counts.colon[k + 1] = counts.colon[k] + (word === ':' ? 1 : 0);
    counts.cue[k + 1] = counts.cue[k] + (isCue[i] && !ownCue ? 1 : 0);
  }
  const cueStem = stem(doc.tokens[cueLast - 1].lower);
  const before = cueFirst > 0 ? doc.tokens[cueFirst - 1].lower : '';
  const ending = doc.tokens[cueFirst].lower.endsWith('ing') ? 'ing' : '';
  const cueJoin = `${before === ',' || before === 'and' ? before : '-'}${ending}`;
  return { doc, cueFirst, cueLast, window, cueStem, cueJoin, besideQuote: quoteBesideCue(doc, cueFirst, cueLast), counts };
}

function bucket(distance: number): string {
  if (distance <= 3) return String(distance);
  if (distance <= 6) return '4-6';
  if (distance <= 10) return '7-10';
  if (distance <= 20) return '11-20';
  return distance <= 40 ? '21-40' : '41+';
}

function between(context: RoleContext, kind: keyof RoleContext['counts'], t: number): number {
  const { counts, window, cueFirst, cueLast } = context;
  const [from, to] = t < cueFirst ? [t + 1, cueFirst] : [cueLast, t];
  if (to <= from) return 0;
  return counts[kind][to - window.first] - counts[kind][from - window.first];
}

/**
 * Features of token `t` for the role tagger (source, content or neither): its side of and
 * distance from the cue, the punctuation, quotation marks and other cues between them,
 * whether it is in the quotation beside the cue, and the label of the token before it.
 */
export function roleFeatures(context: RoleContext, t: number, previousLabel: string): string[] {
  const { doc, cueFirst, cueLast } = context;
  const side = t < cueFirst ? 'L' : t >= cueLast ? 'R' : 'I';
  const distance = side === 'L' ? cueFirst - t : side === 'R' ? t - cueLast + 1 : 0;
  const token = doc.tokens[t];
  const inQuote = doc.quotes[t] < 0 ? 'n' : doc.quotes[t] === context.besideQuote ? 'b' : 'o';
  const commas = Math.min(between(context, 'comma', t), 3);
  const quotes = Math.min(between(context, 'quote', t), 3);
  const otherCue = between(context, 'cue', t) > 0 ? 'y' : 'n';
  const sentences = Math.max(-2, Math.min(2, doc.sentenceOf[t] - doc.sentenceOf[cueFirst]));
  const tokenShape = shape(token.text);
  const previous = t > 0 ? doc.tokens[t - 1].lower : '<s>';
  const fromStart = Math.min(t - doc.sentences[doc.sentenceOf[t]].first, 6);
  const next = t + 1 < doc.tokens.length ? doc.tokens[t + 1].lower : '</s>';
  return [
    'b',
    `d=${side}${bucket(distance)}`,
    `w=${side}|${token.lower}`,
    `sh=${side}|${tokenShape}|${previousLabel}`,
    `q=${side}|${inQuote}`,
    `qd=${side}|${inQuote}|${bucket(distance)}`,
    `c=${side}|${commas}|${inQuote}`,
    `cq=${side}|${commas}|${quotes}`,
    `s=${side}|${sentences}`,
    `oc=${side}|${otherCue}|${sentences}`,
    `th=${side}|${Math.min(between(context, 'that', t), 2)}`,
    `co=${side}|${Math.min(between(context, 'colon', t), 1)}`,
    `cw=${side}|${context.cueStem}`,
    `cwq=${side}|${context.cueStem}|${inQuote}`,
    `cwd=${side}|${context.cueStem}|${bucket(distance)}`,
    `pl=${previousLabel}`,
    `plw=${previousLabel}|${token.lower}`,
    `pld=${previousLabel}|${side}|${bucket(distance)}`,
    `p1=${side}|${previous}`,
    `j=${side}|${context.cueJoin}|${fromStart}|${sentences}`,
    `jl=${side}|${context.cueJoin}|${previousLabel}|${otherCue}`,
    `n1=${side}|${next}`,
  ];
}
