import { adverbRoles } from './adverb-cue';
import { isCapitalised, isClauseWord, looksLikeDescribedSource, looksLikeSource, maxSource, range, reportingVerbs, sentenceOf, tailOpeners } from './clause-parts';
import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import { passiveRoles } from './passive-cue';
import { isVerb } from './shared-subject';
import { continuedQuotation } from './quote-continuation';
import type { CueRange } from './tag-cues';
import type { RoleTokens } from './tag-roles';

// Bounds that keep each look-around short whatever the text: a reporting clause is a few words.
const maxTail = 8;
// A source after its cue without a name is a short description: "said the governor", "said one source in the room".
const maxDescription = 6;
const describedOpener = /^(?:one|two|three|several|some|another)$/;
const maxClaim = 250;

// "told reporters": the words after these name who listened, never who spoke.
const listenerVerbs = new Set(['told', 'tells']);
// What may follow a parenthetical ", source said," when the claim before it is whole.
const afterParenthetical = /^(?:after|before|as|when|while|and|but|because|since|although|though|adding|saying|citing|despite|amid|following|with|in|on|at)$/;

/**
 * The claim that ends right before token `at`: the sentence up to a comma there, or a quotation
 * closed by `,”` there (`“...,” the agency said`), as tokens `[first, last)`; null otherwise.
 */
function claimBefore(doc: ExtractDocument, at: number, sentenceFirst: number): [number, number] | null {
  const mark = doc.tokens[at - 1]?.text;
  if (mark === ',' && at - 1 > sentenceFirst) {
    const first = Math.max(afterDateline(doc, sentenceFirst, at - 1), at - 1 - maxClaim);
    return at - 1 - first >= 3 && doc.quotes[at - 2] < 0 ? [first, at - 1] : null;
  }
  const quoteStart = doc.quotes[at - 1];
  if (quoteStart < 0 || quoteStart === at - 1 || !/^[”"]$/.test(mark ?? '') || doc.tokens[at - 2]?.text !== ',') return null;
  return quoteStart >= at - maxClaim ? [quoteStart, at] : null;
}

/** The nearest comma or quotation mark before token `from`, within a source's length of the cue, or -1. */
function boundaryBefore(doc: ExtractDocument, from: number, cueFirst: number, sentenceFirst: number): number {
  for (let i = from - 1; i > sentenceFirst && i >= cueFirst - maxSource; i--) if (doc.tokens[i].text === ',' || doc.quotes[i] >= 0) return i;
  return -1;
}

/**
 * The start of the source of a clause that ends right before the cue: after the nearest comma
 * or closing quotation mark, or after the boundary before it when the two pieces are a name and
 * its description in apposition ("the spokesperson for the coalition, Colonel Rafael Ortega, said").
 */
function sourceStart(doc: ExtractDocument, cueFirst: number, sentenceFirst: number): number {
  const end = doc.tokens[cueFirst - 1]?.text === ',' ? cueFirst - 1 : cueFirst;
  const near = boundaryBefore(doc, end, cueFirst, sentenceFirst);
  if (near < 0 || doc.tokens[near].text !== ',') return near < 0 ? -1 : near + 1;
  const far = boundaryBefore(doc, near, cueFirst, sentenceFirst);
  return far >= 0 && isNameAndRole(doc, far + 1, near, end) ? far + 1 : near + 1;
}

// A role in apposition may be long: "the former Florida governor and a Republican presidential candidate".
const maxRole = 14;
const isName = (doc: ExtractDocument, first: number, last: number) =>
  last > first && range(first, last).every((i) => isCapitalised(doc, i) || /^[().]$/.test(doc.tokens[i].text));
// A role opens with an article, a possessive pronoun or a possessive name: "Mr. Obama's deputy national security adviser".
const roleOpener = /^(?:the|a|an|his|her|their|its)$/;
const possessive = /\p{L}['’]s?$/u;
const isRole = (doc: ExtractDocument, first: number, last: number) =>
  last > first && last - first <= maxRole && (roleOpener.test(doc.tokens[first].lower) || range(first, Math.min(last, first + 4)).some((i) => possessive.test(doc.tokens[i].text)));

/** Whether tokens `[first, comma)` and `(comma, last)` are a name and its role in apposition, either way round. */
function isNameAndRole(doc: ExtractDocument, first: number, comma: number, last: number): boolean {
  return (isName(doc, comma + 1, last) && isRole(doc, first, comma)) || (isRole(doc, comma + 1, last) && isName(doc, first, comma));
}

/** "Ann Poe, a lawyer," before the cue: a subject with its apposition, which the clause cannot be a claim of. */
function isAppositionBefore(doc: ExtractDocument, claim: [number, number]): boolean {
  for (let i = claim[0] + 1; i < claim[1] - 1; i++) if (doc.tokens[i].text === ',') return isNameAndRole(doc, claim[0], i, claim[1]);
  return false;
}

// The longest subject a participial aside may follow: "The army, citing field reports, said".
const maxAsideSubject = 6;
const asideOpener = /^(?:[a-z]{3,}ing|according)$/;

/** "The army, citing field reports," before the cue: a subject and a participial aside, not a claim. */
function isSubjectWithAside(doc: ExtractDocument, claim: [number, number]): boolean {
  const end = Math.min(claim[1] - 1, claim[0] + maxAsideSubject + 1);
  for (let i = claim[0] + 1; i < end; i++) {
    if (isVerb(doc.tokens[i].text)) return false;
    if (doc.tokens[i].text === ',') return asideOpener.test(doc.tokens[i + 1].text);
  }
  return false;
}

/** Whether tokens `[first, last)` after a closing cue only say when, where or to whom it was said. */
function plainTail(doc: ExtractDocument, cue: CueRange, first: number, last: number): boolean {
  if (last === first) return true;
  const listener = listenerVerbs.has(doc.tokens[cue.last - 1].lower);
  if (last - first > maxTail || (!listener && !tailOpeners.test(doc.tokens[first].lower))) return false;
  for (let i = first; i < last; i++) if (isClauseWord(doc.tokens[i].lower)) return false;
  return true;
}

/**
 * Whether a word after the comma that closes a reporting clause opens a clause of its own: "after
 * ...", and, when `anyParticiple`, any participle ("declining to give his name"). A word that only
 * might be a cue needs the stricter list: "struck many of the same notes, hitting" is no report.
 */
function opensAfterClause(word: string, anyParticiple: boolean): boolean {
  return afterParenthetical.test(word) || (anyParticiple && /^[a-z]{3,}ing$/.test(word) && word !== 'during');
}

/** Where the tail of a closing clause ends: the sentence end, or a comma before "after ...", or -1 when the clause goes on. */
function tailEnd(doc: ExtractDocument, cueLast: number, sentenceLast: number, anyParticiple: boolean): number {
  // A tail longer than maxTail fails plainTail anyway, so the scan need not go further.
  for (let i = cueLast; i < Math.min(sentenceLast, cueLast + maxTail + 1); i++) {
    if (doc.tokens[i].text === ',') return opensAfterClause(doc.tokens[i + 1]?.lower ?? '', anyParticiple) ? i : -1;
  }
  return sentenceLast;
}

/** "Claim, the agency said." and "Claim, local media report, after ...": the clause closes the claim. */
function sourceThenCue(doc: ExtractDocument, cue: CueRange, cueFound: boolean): RoleTokens | null {
  const sentence = sentenceOf(doc, cue.first);
  const start = sourceStart(doc, cue.first, sentence.first);
  const sourceLast = doc.tokens[cue.first - 1].text === ',' ? cue.first - 1 : cue.first;
  if (start < 0 || !looksLikeDescribedSource(doc, start, sourceLast)) return null;
  const claim = claimBefore(doc, start, sentence.first);
  // Only a quotation is surely the claim before a clause a participle follows: "On Tuesday, even as
  // shares fell, Mr. Ackman wrote to investors, telling them" opens with no claim at all.
  const quoted = claim !== null && doc.quotes[claim[0]] === claim[0];
  const end = tailEnd(doc, cue.last, sentence.last, cueFound && quoted);
  if (!claim || end < 0 || !plainTail(doc, cue, cue.last, end)) return null;
  return { source: range(start, sourceLast), content: withContinuation(doc, claim, sentence.last) };
}

/** ", citing ...", ", adding ...", ", in a statement": a clause that ends a source placed after its cue. */
function opensParticiple(doc: ExtractDocument, i: number): boolean {
  const next = doc.tokens[i + 1]?.lower ?? '';
  return doc.tokens[i].text === ',' && ((/ing$/.test(next) && next !== 'during') || tailOpeners.test(next));
}

/** A source after its cue: a name ("said Petra Lind, the harbour master") or a short description ("said the governor"). */
function sourceAfterCue(doc: ExtractDocument, cueLast: number, sentenceLast: number): number {
  let last = cueLast;
  while (last < sentenceLast && last - cueLast < maxSource && !opensParticiple(doc, last)) last++;
  if ((last < sentenceLast && !opensParticiple(doc, last)) || !looksLikeSource(doc, cueLast, last)) return -1;
  const named = isCapitalised(doc, cueLast) || /^(?:he|she|they|it|we)$/.test(doc.tokens[cueLast].lower);
  // "said the spokesperson for the coalition, Colonel Rafael Ortega": a description, then the name.
  const namedAfter = range(cueLast + 1, last - 1).some((i) => doc.tokens[i].text === ',' && isCapitalised(doc, i + 1));
  // "said the guards fired first" is the claim: a description holds no verb.
  const verbless = !range(cueLast, last).some((i) => isVerb(doc.tokens[i].text));
  const described = verbless && (last - cueLast <= 4 || (last - cueLast <= maxDescription && describedOpener.test(doc.tokens[cueLast].lower)));
  return named || namedAfter || described ? last : -1;
}

/** `“...,” said the governor.` and "Claim, said Petra Lind, the harbour master.": the source follows the cue. */
function cueThenSource(doc: ExtractDocument, cue: CueRange): RoleTokens | null {
  // "..., saying the road stayed open": a participle shares the subject before it; what follows is the claim.
  if (listenerVerbs.has(doc.tokens[cue.last - 1].lower) || doc.tokens[cue.last - 1].lower.endsWith('ing')) return null;
  const sentence = sentenceOf(doc, cue.first);
  const claim = claimBefore(doc, cue.first, sentence.first);
  const last = claim && !isAppositionBefore(doc, claim) && !isSubjectWithAside(doc, claim) ? sourceAfterCue(doc, cue.last, sentence.last) : -1;
  if (!claim || last < 0) return null;
  return { source: range(cue.last, last), content: withContinuation(doc, claim, sentence.last) };
}

/** The claim's tokens, with the quotation that carries it on after the reporting clause when there is one. */
function withContinuation(doc: ExtractDocument, claim: [number, number], sentenceLast: number): number[] {
  const tokens = range(claim[0], claim[1]);
  if (doc.quotes[claim[1] - 1] < 0) return tokens;
  const next = continuedQuotation(doc, sentenceLast);
  return next ? tokens.concat(range(next[0], next[1])) : tokens;
}

/** Whether a cue holds a verb of reporting (the model's cue may carry a word either side). */
function hasReportingVerb(doc: ExtractDocument, cue: CueRange): boolean {
  for (let i = cue.first; i < cue.last; i++) if (reportingVerbs.has(doc.tokens[i].lower)) return true;
  return false;
}

/**
 * Roles for a cue in a reporting clause news style fixes: after the claim with its source
 * before it ("Claim, the agency said." or parenthetical "Claim, local media report, after
 * ..."), after the claim with its source after it (`“...,” said the governor.`), a passive
 * with its agent ("The toll was confirmed by the hospital."), a passive "told" whose subject
 * only listened (no source), or "X was quoted [by Y] as saying ...". Null for any other
 * layout, so the role model decides.
 */
export function reportingClauseRoles(doc: ExtractDocument, cue: CueRange): RoleTokens | null {
  if (cue.first === 0) return null;
  // Any passive with its agent names its speaker ("has been endorsed by"), not only verbs of saying.
  const fixed = adverbRoles(doc, cue) ?? passiveRoles(doc, cue);
  if (fixed || !hasReportingVerb(doc, cue)) return fixed;
  return cueThenSource(doc, cue) ?? sourceThenCue(doc, cue, true);
}

/**
 * True when token `i` is a reporting verb that closes a claim with its source ("Claim, local
 * media report, after ...", "Claim, the board stated on Tuesday.", `“...,” said the governor.`)
 * or names its agent ("was confirmed by the hospital"): a cue even where the cue model misses it.
 */
export function closesClaim(doc: ExtractDocument, i: number): boolean {
  // "saying" only reports inside "quoted as saying", a fixed phrase found on its own.
  // A capital makes it a name ("Drudge Report").
  const word = doc.tokens[i].text;
  if (i === 0 || doc.quotes[i] >= 0 || word === 'saying' || !reportingVerbs.has(word)) return false;
  const cue = { first: i, last: i + 1 };
  return passiveRoles(doc, cue) !== null || sourceThenCue(doc, cue, false) !== null || cueThenSource(doc, cue) !== null;
}
