import { subjectBeforeAdverb } from './adverb-cue';
import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import { isOnlyCircumstance } from './implausible';
import { claimStartAfterListener } from './listener';
import { throughNestedReport } from './nested-report';
import { pastQuotedPhrase } from './quoted-phrase';
import { withQuantityOpener } from './quantity-opener';
import { relativeClauseEnd } from './relative-clause';
import { beforeSiblingReport } from './sibling-report';
import type { CueRange } from './tag-cues';
import type { RoleTokens } from './tag-roles';
import { unlabelledContent } from './unlabelled-content';
import { quotedPartyAsSaying, viaRange } from './via';
import { pastPublishingClause } from './publishing-clause';
import { beforeWritersRemark } from './writers-remark';
import { throughAside } from './claim-aside';

/**
 * Content on both sides of the cue is one split quotation ("...," she said, "...") only when
 * both sides are quoted; otherwise the larger side is the claim.
 */
function oneSide(doc: ExtractDocument, cue: CueRange, content: number[]): number[] {
  const left = content.filter((t) => t < cue.first);
  const right = content.filter((t) => t >= cue.last);
  if (left.length === 0 || right.length === 0) return content;
  if (doc.quotes[left[left.length - 1]] >= 0 && doc.quotes[right[0]] >= 0) return content;
  return left.length >= right.length ? left : right;
}

/** "Claim, the agency said, citing ...": the clause before the comma that precedes the source. */
function clauseBeforeSource(doc: ExtractDocument, source: [number, number] | null, cue: CueRange): number[] {
  if (!source || source[1] !== cue.first || doc.tokens[source[0] - 1]?.text !== ',') return [];
  const sentenceFirst = doc.sentences[doc.sentenceOf[cue.first]].first;
  const claim: number[] = [];
  for (let t = Math.max(sentenceFirst, source[0] - 200); t < source[0] - 1; t++) claim.push(t);
  return claim;
}

/** `“...!” Ann Poe shouted to the crowd`: the quotation closed right before the source, or none. */
function quotationBeforeSource(doc: ExtractDocument, source: [number, number] | null): number[] {
  const close = source ? source[0] - 1 : -1;
  if (close < 0 || doc.quotes[close] < 0 || !/^[”"]$/.test(doc.tokens[close].text)) return [];
  const claim: number[] = [];
  for (let t = doc.quotes[close]; t <= close; t++) claim.push(t);
  return claim;
}

/**
 * The claim's tokens for a cue: what the role model labelled on one side of the cue (both
 * halves of a claim around its reporting clause), less a citing clause; the quotation before
 * the source when the model labelled only a listener ("shouted to the crowd"); the clause
 * before the source; or the rest of the sentence. Empty when there is none.
 */
export function chooseContent(doc: ExtractDocument, cue: CueRange, roles: RoleTokens, around: boolean, source: [number, number] | null): number[] {
  const citing = viaRange(doc, cue.first, cue.last);
  const labelled = around ? roles.content : oneSide(doc, cue, roles.content.filter((t) => !citing || t < citing[0] || t >= citing[1]));
  const listenerOnly = labelled.length > 0 && isOnlyCircumstance(doc, labelled[0], labelled[labelled.length - 1] + 1);
  const quoted = listenerOnly ? quotationBeforeSource(doc, source) : [];
  if (quoted.length > 0) return quoted;
  if (labelled.length > 0) return labelled;
  const before = clauseBeforeSource(doc, source, cue);
  return before.length > 0 ? before : unlabelledContent(doc, cue);
}

/** Content tokens without a "citing X," or "X as saying" that opens them: that is the via, not the claim. */
function contentStart(doc: ExtractDocument, cue: CueRange, first: number, last: number, via: string | null): number {
  const quoted = quotedPartyAsSaying(doc, cue.last);
  if (quoted && first <= quoted.wordsFrom && quoted.wordsFrom < last) return quoted.wordsFrom;
  if (via === null || !/^(?:citing|quoting)$/.test(doc.tokens[first - 1]?.lower ?? '') && !doc.text.startsWith(via, doc.tokens[first].start)) return first;
  for (let i = first; i < Math.min(last - 1, first + 12); i++) if (doc.tokens[i].text === ',') return i + 1;
  return first;
}

// How far a claim is carried on to close the quotation it stops inside.
const quotationReach = 400;

/**
 * A claim the model stopped inside a quotation runs on to the quotation's closing mark, over
 * paragraphs where the quotation goes on ("“My cousin fell next to me. / “Nobody fired.”").
 */
function toQuotationEnd(doc: ExtractDocument, last: number): number {
  const region = doc.quotes[last - 1];
  if (region < 0 || last >= doc.tokens.length || doc.quotes[last] !== region) return last;
  let end = last;
  while (end < doc.tokens.length && end - last < quotationReach && doc.quotes[end] === region) end++;
  return end - last < quotationReach ? end : last;
}

/**
 * Where a claim ends: at the close of a quotation it stops inside, past a quoted phrase the model
 * cut; after the cue, within its paragraph and
 * its relative clause (", which put the toll at two,"), through a report it holds ("said the
 * engineers warned ..."), before one joined to it (", while rescuers put ...") and before the
 * writer's remark (", without giving a toll").
 */
function claimEnd(doc: ExtractDocument, cue: CueRange, first: number, last: number, isCue: Uint8Array): number {
  const quotedEnd = pastQuotedPhrase(doc, first, toQuotationEnd(doc, last), isCue);
  if (first < cue.last) return quotedEnd;
  const inClause = relativeClauseEnd(doc, cue.first, first, withinParagraph(doc, first, throughAside(doc, quotedEnd), isCue));
  return beforeWritersRemark(doc, first, beforeSiblingReport(doc, first, throughNestedReport(doc, inClause, isCue), isCue));
}

// How far into a paragraph its own cue is looked for; a claim never runs on further anyway.
const cueReach = 250;

/** Whether the paragraph that starts at token `from` holds a cue of its own. */
function paragraphHasCue(doc: ExtractDocument, from: number, isCue: Uint8Array): boolean {
  const end = Math.min(doc.tokens.length, from + cueReach);
  for (let t = from; t < end && doc.paragraphs[t] === doc.paragraphs[from]; t++) if (isCue[t]) return true;
  return false;
}

/**
 * Reported speech ends with its paragraph when the next one has a cue of its own ("It added
 * that an inquiry was open. / “They shot at us,” said Omar Tal."); a quotation, or a claim
 * running on into a paragraph with no cue ("observed that ...: / “...”"), goes on.
 */
function withinParagraph(doc: ExtractDocument, first: number, last: number, isCue: Uint8Array): number {
  if (doc.quotes[first] >= 0) return last;
  for (let end = first + 1; end < last; end++) {
    if (doc.paragraphs[end] !== doc.paragraphs[end - 1] && paragraphHasCue(doc, end, isCue)) return end;
  }
  return last;
}

const edgeMarks = new Set([',', '.', ';', ':']);

/**
 * A claim's tokens without the commas, stops, semicolons and colons at its edges, which PolNeAR's
 * annotators leave out, nor a quotation mark at its end that opens the next quotation (`zone. "Our`).
 */
function withoutEdgeMarks(doc: ExtractDocument, first: number, last: number): [number, number] {
  while (last - first > 1 && edgeMarks.has(doc.tokens[first].text)) first++;
  while (last - first > 1 && (edgeMarks.has(doc.tokens[last - 1].text) || doc.quotes[last - 1] === last - 1)) last--;
  return [first, last];
}

/** A claim that opens its paragraph starts after the paragraph's dateline ("TARSEL, 3 May (Wire) — "): that is the outlet's. */
function pastParagraphDateline(doc: ExtractDocument, first: number, last: number): number {
  return first === 0 || doc.paragraphs[first - 1] !== doc.paragraphs[first] ? afterDateline(doc, first, last) : first;
}

/**
 * The claim's span `[first, last)` from its chosen tokens: ended where claimEnd says, started
 * after a dateline, a citing clause, a publishing clause ("carried by the agency that") or the listener of "told", before an adverbial subject and a figure's qualifier
 * ("at least"), without marks at its edges.
 */
export function claimSpan(doc: ExtractDocument, cue: CueRange, content: number[], isCue: Uint8Array, via: string | null): [number, number] {
  const last = claimEnd(doc, cue, content[0], content[content.length - 1] + 1, isCue);
  const opened = pastPublishingClause(doc, cue, contentStart(doc, cue, pastParagraphDateline(doc, content[0], last), last, via), last);
  const first = subjectBeforeAdverb(doc, cue, claimStartAfterListener(doc, cue, opened, last));
  return withoutEdgeMarks(doc, first >= cue.last ? withQuantityOpener(doc, cue.last, first) : first, last);
}
