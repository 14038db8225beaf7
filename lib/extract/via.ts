import type { ExtractDocument } from './document';

const citingWords = new Set(['citing', 'quoting']);
const stopWords = new Set([',', '.', ';', ':', 'that', 'as', 'who', 'which', '“', '”', '"', '(', ')', 'saying', 'said']);

/**
 * The source a speaker cites: the words after "citing" or "quoting" in the cue's sentence,
 * up to the next comma, "that" or end ("SANA said, citing its correspondent, ..." ->
 * "its correspondent"), or the one quoted in "quoted a police officer as saying". Null when
 * the speaker cites no one.
 */
export function findVia(doc: ExtractDocument, cueFirst: number, cueLast: number): string | null {
  const quoted = quotedPartyAsSaying(doc, cueLast);
  if (quoted) return doc.text.slice(doc.tokens[quoted.via[0]].start, doc.tokens[quoted.via[1] - 1].end);
  const clause = viaRange(doc, cueFirst, cueLast);
  return clause && citesSource(doc, clause) ? doc.text.slice(doc.tokens[clause[0] + 1].start, doc.tokens[clause[1] - 1].end) : null;
}

// Nouns that make what is cited a source of information, not a reason: "citing [local sources]", "citing [a hospital record]".
const sourceNouns = /^(?:sources?|officials?|witness(?:es)?|eyewitness(?:es)?|residents?|correspondents?|reporters?|journalists?|documents?|records?|reports?|data|figures|statistics|statements?|police|spokes(?:man|woman|person)|agency|ministry|media|footage|videos?|people|persons?|diplomats?|analysts?|experts?|intelligence|investigators?|activists?|doctors?|medics?|paramedics?|nurses?|surgeons?|hospitals?|monitors?|observatory|authorities|army|military|security|government|officers?|commanders?|guards?|soldiers?|troops|relatives?|family|neighbou?rs?|villagers?|farmers?|survivors?|staff|workers?|employees?|members?|lawyers?|prosecutors?|judges?|aides?|insiders?|colleagues?|survey|poll|polls|study|studies|emails?|memos?|letters?|filings?|testimony|accounts?)$/;
const maxCitedWords = 6;

/**
 * Whether a citing clause (tokens `[first, last)`, "citing" included) names where its speaker's
 * information came from ("citing local sources", "citing Valley Wire") rather than a reason
 * ("citing low growth", "citing Lind's long experience"): a source noun among its first words, or
 * a name that is not a possessive.
 */
export function citesSource(doc: ExtractDocument, [first, last]: [number, number]): boolean {
  const opener = doc.tokens[first + 1]?.text ?? '';
  if (/^\p{Lu}/u.test(opener) && !/['’]s?$/.test(opener) && !/['’]s?$/.test(doc.tokens[first + 2]?.text ?? '')) return true;
  for (let t = first + 1; t < Math.min(last, first + 1 + maxCitedWords); t++) if (sourceNouns.test(doc.tokens[t].lower)) return true;
  return false;
}

const quotingCues = new Set(['quoted', 'quotes', 'quote', 'cited', 'cites', 'cite']);
const sayingWords = new Set(['saying', 'telling', 'stating', 'writing', 'warning', 'insisting', 'claiming']);
const sayingReach = 12;

/**
 * "The agency quoted a police officer as saying the car ...": after a quoting cue, the one
 * quoted (tokens `[first, last)`, the via) and the token where the quoted words begin, past
 * "as saying" and an optional "that". Null when the cue is not followed that way.
 */
export function quotedPartyAsSaying(doc: ExtractDocument, cueLast: number): { via: [number, number]; wordsFrom: number } | null {
  // "was quoted as saying", "was quoted by the radio as saying": a passive, whose speaker is its subject.
  if (!quotingCues.has(doc.tokens[cueLast - 1]?.lower ?? '') || /^(?:as|by)$/.test(doc.tokens[cueLast]?.lower ?? '')) return null;
  const sentence = doc.sentences[doc.sentenceOf[cueLast - 1]];
  const end = Math.min(sentence.last - 2, cueLast + sayingReach);
  for (let at = cueLast + 1; at < end; at++) {
    const token = doc.tokens[at];
    if (token.text === '.' || token.text === ';' || token.text === ':') return null;
    if (token.lower !== 'as' || !sayingWords.has(doc.tokens[at + 1].lower)) continue;
    const from = doc.tokens[at + 2].lower === 'that' ? at + 3 : at + 2;
    const viaEnd = doc.tokens[at - 1].text === ',' ? at - 1 : at;
    return from < sentence.last ? { via: [cueLast, viaEnd], wordsFrom: from } : null;
  }
  return null;
}

/**
 * Tokens `[first, last)` of the citing clause near a cue (not the cue's own), "citing" included, or null.
 */
export function viaRange(doc: ExtractDocument, cueFirst: number, cueLast: number): [number, number] | null {
  const sentence = doc.sentences[doc.sentenceOf[cueFirst]];
  const from = Math.max(sentence.first, cueFirst - 12);
  const to = Math.min(sentence.last, cueLast + 12);
  for (let i = from; i < to; i++) {
    // A citing cue's own clause is its claim, not its via.
    if (!citingWords.has(doc.tokens[i].lower) || (i >= cueFirst && i < cueLast)) continue;
    let end = i + 1;
    while (end < sentence.last && end - i <= 10 && !stopWords.has(doc.tokens[end].lower)) end++;
    if (end > i + 1) return [i, end];
  }
  return null;
}

/**
 * The source of a cue placed after a citing clause, "Local media, citing witnesses,
 * reported ...": tokens `[first, last)` from the sentence start to the first comma, or null
 * when the sentence is not built that way.
 */
export function sourceBeforeCiting(doc: ExtractDocument, cueFirst: number): [number, number] | null {
  const sentence = doc.sentences[doc.sentenceOf[cueFirst]];
  if (doc.tokens[cueFirst - 1]?.text !== ',') return null;
  for (let i = sentence.first + 1; i < cueFirst - 2 && i < sentence.first + 12; i++) {
    if (doc.tokens[i].text === ',' && citingWords.has(doc.tokens[i + 1].lower)) return [sentence.first, i];
  }
  return null;
}
