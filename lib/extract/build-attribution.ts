import type { Attribution } from '../model/attribution';
import { accordingToRoles } from './according-to';
import { subjectBeforeAdverb } from './adverb-cue';
import { attributionModel } from './attribution-model';
import type { ExtractDocument } from './document';
import { findingOpenerRoles } from './finding-opener';
import { findHedges } from './hedges';
import { isImplausible } from './implausible';
import { openingOrganisationBefore } from './nearest-group';
import { nearestPersonBefore } from './nearest-person';
import { subjectOfParticiple } from './participle-subject';
import { parentheticalRoles } from './parenthetical-clause';
import { relativeClauseEnd } from './relative-clause';
import { reportingClauseRoles } from './reporting-clause';
import { beforeSiblingReport } from './sibling-report';
import { throughNestedReport } from './nested-report';
import { reducedRelativeSubject } from './reduced-relative';
import { pastQuotedPhrase } from './quoted-phrase';
import type { SpeakerContext } from './resolve-speaker';
import { tokenRuns, tokenSpan } from './spans';
import type { CueRange } from './tag-cues';
import { tagRoles } from './tag-roles';
import { wholeSourceRun } from './source-run';
import { trimSource } from './trim-source';
import { unlabelledContent } from './unlabelled-content';
import { beforeMainVerb, isVerb, sentenceSubject, sharesSubject } from './shared-subject';
import { reportingVerbs } from './clause-parts';
import { findVia, sourceBeforeCiting, viaRange } from './via';

function nearestRun(runs: Array<[number, number]>, cue: CueRange): [number, number] | undefined {
  const distance = ([first, last]: [number, number]) => (last <= cue.first ? cue.first - last : first - cue.last);
  return runs.reduce<[number, number] | undefined>((best, run) => (best && distance(best) <= distance(run) ? best : run), undefined);
}

/**
 * A source widened over another cue is cut back to its own side of it: "The mayor said the
 * engineers warned": the engineers warned, not "The mayor said the engineers".
 */
function withoutOtherCues(doc: ExtractDocument, source: [number, number] | null, cue: CueRange, isCue: Uint8Array): [number, number] | null {
  if (!source) return null;
  let [first, last] = source;
  // Only a reporting verb divides: a participle ("the states suing the EPA") or a noun ("The
  // party's complaint to the court says") belongs to the source it describes.
  const cuts = (t: number) => isCue[t] === 1 && (reportingVerbs.has(doc.tokens[t].lower) || isVerb(doc.tokens[t].lower));
  if (last <= cue.first) for (let t = last - 1; t >= first; t--) if (cuts(t)) first = t + 1;
  // "He notes that the board said": the complementiser opens the other claim, not the source.
  if (first > source[0] && doc.tokens[first]?.lower === 'that') first++;
  if (first >= cue.last) for (let t = first; t < last; t++) if (cuts(t)) last = t;
  if (first === source[0] && last === source[1]) return source;
  return last > first ? trimSource(doc, first, last, cue.first, cue.last) : null;
}

// Adverbs the role model may label between a relative pronoun and its verb ("which first put").
const adverbsOnly = /^(?:first|later|also|then|earlier|again|now|initially|previously|since|once|still|already)$/;

function sourceOf(doc: ExtractDocument, cue: CueRange, sourceTokens: number[], isCue: Uint8Array): [number, number] | null {
  const runs = tokenRuns(sourceTokens, 1).filter(([first, last]) => !doc.tokens.slice(first, last).every((token) => adverbsOnly.test(token.lower)));
  const run = nearestRun(runs, cue);
  if (!run) return null;
  const [first, last] = wholeSourceRun(doc, run[0], run[1], cue);
  return withoutOtherCues(doc, trimSource(doc, first, last, cue.first, cue.last), cue, isCue);
}

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

/**
 * The source of a cue that shares its clause's subject ("US troops fired, saying ...", "The
 * mayor spoke to reporters, adding ..."): the labelled run up to that clause's verb, widened
 * to the sentence's subject when that holds it; the subject when nothing is labelled.
 */
function participleSource(doc: ExtractDocument, cue: CueRange, labelled: number[], isCue: Uint8Array): [number, number] | null {
  const run = sourceOf(doc, cue, labelled, isCue);
  const subject = subjectOfParticiple(doc, cue.first) ?? sentenceSubject(doc, cue.first);
  return widestSource(run && [run[0], beforeMainVerb(doc, run[0], run[1])], subject) ?? subject;
}

function subjectOfReducedRelative(doc: ExtractDocument, cue: CueRange): [number, number] | null {
  const subject = reducedRelativeSubject(doc, cue);
  return subject && trimSource(doc, subject[0], subject[1], cue.first, cue.last);
}

/** The labelled source, or a wider run when that contains it (the whole subject before a citing clause, a sentence's subject). */
function widestSource(labelled: [number, number] | null, wider: [number, number] | null): [number, number] | null {
  if (!labelled || !wider) return labelled ?? wider;
  return wider[0] <= labelled[0] && wider[1] >= labelled[1] ? wider : labelled;
}

/** Content tokens without a "citing X," that opens them: that is the via, not the claim. */
function contentStart(doc: ExtractDocument, first: number, last: number, via: string | null): number {
  if (via === null || !/^(?:citing|quoting)$/.test(doc.tokens[first - 1]?.lower ?? '') && !doc.text.startsWith(via, doc.tokens[first].start)) return first;
  for (let i = first; i < Math.min(last - 1, first + 12); i++) if (doc.tokens[i].text === ',') return i + 1;
  return first;
}

/**
 * Where a claim ends: past a quoted phrase the model cut; after the cue, within its paragraph and
 * its relative clause (", which put the toll at two,"), through a report it holds ("said the
 * engineers warned ...") and before one joined to it (", while rescuers put ...").
 */
function claimEnd(doc: ExtractDocument, cue: CueRange, first: number, last: number, isCue: Uint8Array): number {
  const quotedEnd = pastQuotedPhrase(doc, first, last, isCue);
  if (first < cue.last) return quotedEnd;
  const inClause = relativeClauseEnd(doc, cue.first, first, withinParagraph(doc, first, quotedEnd));
  return beforeSiblingReport(doc, first, throughNestedReport(doc, inClause, isCue), isCue);
}

/** Reported speech ends with its paragraph; only a quotation runs on into the next one. */
function withinParagraph(doc: ExtractDocument, first: number, last: number): number {
  if (doc.quotes[first] >= 0) return last;
  let end = first + 1;
  while (end < last && doc.paragraphs[end] === doc.paragraphs[first]) end++;
  return end;
}

const edgeMarks = new Set([',', '.', ';', ':']);

/** A claim's tokens without the commas, stops, semicolons and colons at its edges, which PolNeAR's annotators leave out. */
function withoutEdgeMarks(doc: ExtractDocument, first: number, last: number): [number, number] {
  while (last - first > 1 && edgeMarks.has(doc.tokens[first].text)) first++;
  while (last - first > 1 && edgeMarks.has(doc.tokens[last - 1].text)) last--;
  return [first, last];
}

/**
 * The attribution a cue makes, with its source and content labelled by the role model and
 * its speaker resolved in `speakers`; null when the model finds no content for the cue.
 */
export function buildAttribution(doc: ExtractDocument, cue: CueRange, isCue: Uint8Array, speakers: SpeakerContext): Attribution | null {
  const around = parentheticalRoles(doc, cue);
  const roles = around ?? accordingToRoles(doc, cue) ?? findingOpenerRoles(doc, cue) ?? reportingClauseRoles(doc, cue) ?? tagRoles(doc, attributionModel.role, cue, isCue);
  const citingClause = viaRange(doc, cue.first, cue.last);
  const participle = sharesSubject(doc, cue.first);
  const sourceRange = participle
    ? participleSource(doc, cue, roles.source, isCue)
    : widestSource(widestSource(sourceOf(doc, cue, roles.source, isCue), sourceBeforeCiting(doc, cue.first)), subjectOfReducedRelative(doc, cue));
  // A claim around its reporting clause keeps both halves ("The dam, the governor said, will hold").
  const labelled = around ? around.content : oneSide(doc, cue, roles.content.filter((t) => !citingClause || t < citingClause[0] || t >= citingClause[1]));
  const fallback = labelled.length > 0 ? labelled : clauseBeforeSource(doc, sourceRange, cue);
  const content = fallback.length > 0 ? fallback : unlabelledContent(doc, cue);
  if (content.length === 0) return null;
  const source = sourceRange ? tokenSpan(doc, sourceRange[0], sourceRange[1]) : null;
  const via = findVia(doc, cue.first, cue.last);
  const labelledEnd = claimEnd(doc, cue, content[0], content[content.length - 1] + 1, isCue);
  const labelledStart = subjectBeforeAdverb(doc, cue, contentStart(doc, content[0], labelledEnd, via));
  const [contentFirst, contentLast] = withoutEdgeMarks(doc, labelledStart, labelledEnd);
  if (isImplausible(doc, sourceRange, [contentFirst, contentLast])) return null;
  const mention = sourceRange ? sourceRange[0] : cue.first;
  const speaker = speakers.resolve(source?.text ?? null, () => nearestPersonBefore(doc, mention), () => openingOrganisationBefore(doc, mention));
  return {
    source,
    cue: tokenSpan(doc, cue.first, cue.last),
    content: tokenSpan(doc, contentFirst, contentLast),
    speaker: speaker.name,
    speakerKind: speaker.kind,
    hedges: findHedges(doc, contentFirst, contentLast, cue.first, cue.last),
    via,
  };
}
