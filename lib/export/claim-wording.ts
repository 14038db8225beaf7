import type { Attribution } from '../model/attribution';
import { spokenWords } from '../model/spoken-words';

/**
 * How a claim is put into words wherever it is shown or exported. The cue stays with the
 * words, because "the ministry denied: its jets hit the market" and "the ministry said: its
 * jets hit the market" are opposite claims; showing the content alone misquotes a denial.
 */
export interface ClaimWording {
  /** The attributing words as the page has them, ready to follow the speaker: "denied", "said in a statement", "according to". */
  cue: string;
  /** What was said, without the quotation marks and the "that" that only join it to the cue. */
  words: string;
  /** True when the cue denies or rejects what follows, so the words are what the speaker says did not happen. */
  denies: boolean;
}

// Dashes that sign an embedded post ("— Name (@handle)") and the colons that open a quotation.
const signatureDash = /^[—–―-]$/;
const denialCue = /\b(?:den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)?)\b/i;
const openingQuote = /^["“‘'«]/;
const closingQuote = /["”’'»]$/;
// A claim the cue joins with "that" or "whether": the joining word is the cue's, not the speaker's.
const complementiser = /^(?:that|whether)\s+/i;

/** The cue lower-cased where a sentence start capitalised it ("According to" -> "according to"), without a closing colon. */
function cueWords(cue: string): string {
  const trimmed = cue.trim().replace(/\s*:$/, '');
  if (signatureDash.test(trimmed)) return 'posted';
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const isAcronym = first.length > 1 && first === first.toUpperCase();
  return [isAcronym ? first : first.charAt(0).toLowerCase() + first.slice(1), ...rest].join(' ');
}

/** The claim's words without wrapping quotation marks (and the comma inside them) or a leading "that". */
function bareWords(content: string): string {
  let words = content.trim();
  if (openingQuote.test(words) && closingQuote.test(words) && words.length > 2) words = words.slice(1, -1).replace(/[,\s]+$/, '');
  return words.replace(complementiser, '');
}

/** The wording of an attributed claim: its cue, its bare words and whether it is a denial. */
export function claimWording(attribution: Attribution): ClaimWording {
  const cue = cueWords(attribution.cue.text);
  return { cue, words: bareWords(spokenWords(attribution)), denies: denialCue.test(cue) };
}

/**
 * The claim as one line of plain text for exports: `Ministry of Defence denied: "its aircraft
 * had hit the market"`, `According to Interior Ministry: "..."` for a cue that comes first, or
 * `Reportedly: "..."` for a hedging adverb with no speaker.
 */
export function claimSentence(attribution: Attribution): string {
  const { cue, words } = claimWording(attribution);
  if (/^according to\b/.test(cue)) return `According to ${attribution.speaker ?? 'an unnamed source'}: "${words}"`;
  // "Four boats reportedly sank": a hedging adverb attributes to nobody in particular.
  if (attribution.speaker === null && /^[a-z]+ly$/.test(cue)) return `${cue.charAt(0).toUpperCase()}${cue.slice(1)}: "${words}"`;
  return `${attribution.speaker ?? 'An unnamed source'} ${cue}: "${words}"`;
}
