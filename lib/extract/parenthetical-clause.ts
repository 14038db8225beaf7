import { weekdays, wordPattern } from './calendar-words';
import { isClauseWord, looksLikeSource, maxSource, range, reportingVerbs, sentenceOf } from './clause-parts';
import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';
import type { RoleTokens } from './tag-roles';

// Bounds that keep each look-around short whatever the text.
const maxSubject = 12;
const maxTail = 6;
const maxClaim = 250;

// Words that open the second half of a claim split by a reporting clause: "The dam, X said, will hold".
const predicateOpeners = new Set([
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'is', 'was', 'are', 'were',
  'has', 'have', 'had', 'did', 'does', 'do', 'remains', 'remained', 'also', 'still', 'never',
]);
// When it was said, which ends a source placed after its cue ("said the harbour master on Monday").
const timeWords = wordPattern(['on', 'yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'this', 'late', ...weekdays]);

const opensPredicate = (word: string) => predicateOpeners.has(word) || /^[a-z]{2,}ed$/.test(word);

/** Whether the cue reports speech: "according to" or a reporting verb. */
function reports(doc: ExtractDocument, cue: CueRange): boolean {
  if (cue.last - cue.first === 2 && doc.tokens[cue.first].lower === 'according' && doc.tokens[cue.first + 1].lower === 'to') return true;
  for (let i = cue.first; i < cue.last; i++) if (reportingVerbs.has(doc.tokens[i].lower)) return true;
  return false;
}

/** The nearest comma from token `from` stepping by `step`, within `limit` tokens and no quotation mark between; or -1. */
function nearestComma(doc: ExtractDocument, from: number, step: 1 | -1, limit: number, sentence: { first: number; last: number }): number {
  for (let i = from, n = 0; i >= sentence.first && i < sentence.last && n < limit; i += step, n++) {
    if (doc.quotes[i] >= 0) return -1;
    if (doc.tokens[i].text === ',') return i;
  }
  return -1;
}

/** The source inside the clause `[first, last)` around the cue, as tokens `[first, last)`, or null. */
function clauseSource(doc: ExtractDocument, cue: CueRange, first: number, last: number): [number, number] | null {
  if (first === cue.first) {
    let end = cue.last;
    while (end < last && !timeWords.test(doc.tokens[end].lower)) end++;
    return [cue.last, end];
  }
  if (last - cue.last > maxTail) return null;
  for (let i = cue.last; i < last; i++) if (isClauseWord(doc.tokens[i].lower)) return null;
  return [first, cue.first];
}

/** Whether tokens `[first, last)` are a bare subject: a few words with no comma, quotation or clause of their own. */
function bareSubject(doc: ExtractDocument, first: number, last: number): boolean {
  if (last <= first || last - first > maxSubject) return false;
  for (let i = first; i < last; i++) {
    if (doc.tokens[i].text === ',' || doc.quotes[i] >= 0 || isClauseWord(doc.tokens[i].lower)) return false;
  }
  return true;
}

/**
 * Roles for a reporting clause set between commas inside its claim: "The dam, according to
 * the governor, will hold." and "The ferry, the harbour master said, will sail at noon." The
 * content is the whole claim from its subject to the sentence end, clause included, because an
 * attribution's content is one span of the text (as with a split quotation). Null for any
 * other layout.
 */
export function parentheticalRoles(doc: ExtractDocument, cue: CueRange): RoleTokens | null {
  if (!reports(doc, cue)) return null;
  const sentence = sentenceOf(doc, cue.first);
  const before = nearestComma(doc, cue.first - 1, -1, maxSource + 1, sentence);
  const after = before < 0 ? -1 : nearestComma(doc, cue.last, 1, maxSource + maxTail, sentence);
  if (after < 0 || after + 1 >= sentence.last || !opensPredicate(doc.tokens[after + 1].lower)) return null;
  const subjectFirst = afterDateline(doc, sentence.first, before);
  if (!bareSubject(doc, subjectFirst, before)) return null;
  const source = clauseSource(doc, cue, before + 1, after);
  if (!source || !looksLikeSource(doc, source[0], source[1])) return null;
  return { source: range(source[0], source[1]), content: range(subjectFirst, Math.min(sentence.last, after + 1 + maxClaim)) };
}
