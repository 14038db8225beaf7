import { range } from './clause-parts';
import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';
import type { RoleTokens } from './tag-roles';

// Verbs by which a party answers a claim it denies: "..., a claim the army rejected".
// A set, not a pattern: missedRejections asks it of every token.
const rejectingVerbs = new Set(['deny', 'denies', 'denied', 'reject', 'rejects', 'rejected', 'dispute', 'disputes', 'disputed', 'dismiss', 'dismisses', 'dismissed', 'contest', 'contests', 'contested', 'refute', 'refutes', 'refuted']);
// Nouns that stand for the claim just made: "an allegation", "a version of events".
const claimNouns = /^(?:claim|claims|allegation|allegations|accusation|accusations|charge|charges|account|accounts|assertion|assertions|version|report|reports|figure|figures|toll|assessment)$/;
const determiners = /^(?:a|an|the|this)$/;
const maxSubject = 5;
const subjectWord = /^[\p{L}\p{N}][\p{L}\p{N}.'’-]*$/u;

interface RejectedClaim {
  /** The comma that closes the claim answered. */
  comma: number;
  source: [number, number];
}

/** The comma before ", a/an/the [adjective] claim" whose noun ends at `nounEnd` (exclusive), or -1. */
function commaBeforeClaimNoun(doc: ExtractDocument, nounEnd: number): number {
  const noun = nounEnd - 1;
  if (!claimNouns.test(doc.tokens[noun]?.lower ?? '')) return -1;
  for (let t = noun - 1; t >= Math.max(0, noun - 3); t--) {
    if (determiners.test(doc.tokens[t].lower)) return doc.tokens[t - 1]?.text === ',' ? t - 1 : -1;
    if (!/^[a-z-]+$/.test(doc.tokens[t].text)) return -1;
  }
  return -1;
}

/**
 * "..., a claim [the army] rejected", "..., an allegation [Damascus] denies", "..., a claim rejected
 * by [the army]": the rejecting verb at `verb`, the party who rejects, and the comma that closes
 * the claim it answers. Null for any other shape.
 */
function rejectedClaimAt(doc: ExtractDocument, verb: number): RejectedClaim | null {
  if (!rejectingVerbs.has(doc.tokens[verb].lower)) return null;
  const sentence = doc.sentences[doc.sentenceOf[verb]];
  // Passive: ", a claim rejected by the army".
  if (doc.tokens[verb + 1]?.lower === 'by') {
    const comma = commaBeforeClaimNoun(doc, verb);
    let end = verb + 2;
    while (end < sentence.last && end - verb - 2 < maxSubject && subjectWord.test(doc.tokens[end].text)) end++;
    return comma >= 0 && end > verb + 2 ? { comma, source: [verb + 2, end] } : null;
  }
  // Active: the subject stands between the noun (and an optional "that") and the verb.
  let start = verb;
  while (start > sentence.first && verb - start < maxSubject && subjectWord.test(doc.tokens[start - 1].text) && !claimNouns.test(doc.tokens[start - 1].lower)) start--;
  const subjectFirst = /^(?:that|which)$/.test(doc.tokens[start].lower) ? start + 1 : start;
  const comma = commaBeforeClaimNoun(doc, start);
  return comma >= 0 && subjectFirst < verb ? { comma, source: [subjectFirst, verb] } : null;
}

/** The cue cut to its rejecting verb when the model drew it over the claim noun too ("claim rejected"). */
export function atRejectingVerb(doc: ExtractDocument, cue: CueRange): CueRange {
  if (!claimNouns.test(doc.tokens[cue.first].lower)) return cue;
  for (let t = cue.first + 1; t < cue.last; t++) if (rejectedClaimAt(doc, t)) return { first: t, last: cue.last };
  return cue;
}

/** Rejecting verbs in tokens `[first, last)` that answer the claim before them, where the cue model found none. */
export function missedRejections(doc: ExtractDocument, first: number, last: number, isCue: Uint8Array): CueRange[] {
  const found: CueRange[] = [];
  for (let i = first; i < last; i++) if (!isCue[i] && rejectedClaimAt(doc, i)) found.push({ first: i, last: i + 1 });
  return found;
}

/**
 * Roles for a rejecting cue that answers the claim before it: the party that rejects, and that
 * claim, which starts after the last cue before it in the sentence ("Rebels said [government
 * forces used cluster munitions], an allegation Damascus denies"). Null for any other cue.
 */
export function rejectedClaimRoles(doc: ExtractDocument, cue: CueRange, isCue: Uint8Array): RoleTokens | null {
  let found: RejectedClaim | null = null;
  for (let t = cue.first; t < cue.last && !found; t++) found = rejectedClaimAt(doc, t);
  if (!found) return null;
  const sentence = doc.sentences[doc.sentenceOf[cue.first]];
  let first = sentence.first;
  for (let t = found.comma - 1; t > sentence.first; t--) if (isCue[t]) { first = t + 1; break; }
  if (doc.tokens[first]?.lower === 'that') first++;
  return first < found.comma ? { source: range(found.source[0], found.source[1]), content: range(first, found.comma) } : null;
}
