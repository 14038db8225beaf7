import type { ExtractDocument } from './document';
import { reportingVerbs } from './clause-parts';
import { subjectAfterOpeningParticiple } from './opening-participle';
import { purposeSubject } from './purpose-infinitive';
import { subjectOfParticiple } from './participle-subject';
import { isAgentlessPassive } from './passive-cue';
import { reducedRelativeSubject } from './reduced-relative';
import { subjectBeforeInsertedClause, type InterruptedSubject } from './interrupted-subject';
import { beforeMainVerb, isVerb, sentenceSubject, sharesSubject } from './shared-subject';
import { wholeSourceRun } from './source-run';
import { tokenRuns } from './spans';
import type { CueRange } from './tag-cues';
import { trimSource } from './trim-source';
import { subjectBeforeCue } from './subject-before-cue';
import { sourceBeforeCiting } from './via';

function nearestRun(runs: Array<[number, number]>, cue: CueRange): [number, number] | undefined {
  const distance = ([first, last]: [number, number]) => (last <= cue.first ? cue.first - last : first - cue.last);
  return runs.reduce<[number, number] | undefined>((best, run) => (best && distance(best) <= distance(run) ? best : run), undefined);
}

/** Where a "who" clause describing the noun before it opens inside a source `[first, last)`, or `last` when none does. */
function describingClauseStart(doc: ExtractDocument, first: number, last: number): number {
  for (let t = first + 1; t < last - 1; t++) if (doc.tokens[t].lower === 'who' && /^[\p{L}\d]/u.test(doc.tokens[t - 1].text)) return t;
  return last;
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
  // Nor does a cue in a "who" clause describing the source: "a farmer who said he saw the attack told AFP".
  const who = describingClauseStart(doc, first, last);
  const cuts = (t: number) => isCue[t] === 1 && t < who && (reportingVerbs.has(doc.tokens[t].lower) || isVerb(doc.tokens[t].lower));
  if (last <= cue.first) for (let t = last - 1; t >= first; t--) if (cuts(t)) first = t + 1;
  // "He notes that the board said": the complementiser opens the other claim, not the source.
  if (first > source[0] && doc.tokens[first]?.lower === 'that') first++;
  if (first >= cue.last) for (let t = first; t < last; t++) if (cuts(t)) last = t;
  if (first === source[0] && last === source[1]) return source;
  return last > first ? trimSource(doc, first, last, cue.first, cue.last) : null;
}

// Adverbs the role model may label between a relative pronoun and its verb ("which first put").
const adverbsOnly = /^(?:first|later|also|then|earlier|again|now|initially|previously|since|once|still|already)$/;

// The words a run may stop short of its cue by inside a describing clause: "who was briefed on the [talks,] said",
// ", who asked [not to be named,] told".
const longestGap = 5;

/**
 * A run cut inside the clause or apposition that describes its speaker (", who was briefed on
 * the", ", a pro-government", ", a council member in") runs on to its cue when only words lie between.
 */
function throughRelativeClause(doc: ExtractDocument, run: [number, number], cue: CueRange): [number, number] {
  const [first, last] = run;
  if (last >= cue.first || cue.first - last > longestGap + 1) return run;
  let relative = false;
  let apposition = false;
  for (let t = first + 1; t < last; t++) {
    if (doc.tokens[t - 1].text !== ',') continue;
    relative ||= /^(?:who|which)$/.test(doc.tokens[t].lower);
    apposition ||= /^(?:a|an|the)$/.test(doc.tokens[t].lower);
  }
  for (let t = last; t < cue.first; t++) if (!/^\p{L}/u.test(doc.tokens[t].text) && !(t === cue.first - 1 && doc.tokens[t].text === ',')) return run;
  // An apposition is only whole when a comma closes it right before the cue: "Ann Poe, a lawyer [in Dover,] said".
  const closedApposition = apposition && doc.tokens[cue.first - 1].text === ',';
  return relative || closedApposition ? [first, cue.first] : run;
}

function onlyAdverbs(doc: ExtractDocument, [first, last]: [number, number]): boolean {
  for (let t = first; t < last; t++) if (!adverbsOnly.test(doc.tokens[t].lower)) return false;
  return true;
}

// How words reached the reporter, never who spoke them: "said by [phone]", "told AFP via [email]".
const meansOfContact = /^(?:phone|telephone|email|e-mail|text|message|videolink|video|link|radio|letter)$/;

/** Whether a run is a means of contact after "by" or "via" ("said by phone"). */
function isMeansOfContact(doc: ExtractDocument, [first, last]: [number, number]): boolean {
  return last - first === 1 && meansOfContact.test(doc.tokens[first].lower) && /^(?:by|via|over)$/.test(doc.tokens[first - 1]?.lower ?? '');
}

function sourceOf(doc: ExtractDocument, cue: CueRange, sourceTokens: number[], isCue: Uint8Array): [number, number] | null {
  const runs = tokenRuns(sourceTokens, 1).filter((run) => !onlyAdverbs(doc, run) && !isMeansOfContact(doc, run));
  const run = nearestRun(runs, cue);
  if (!run) return null;
  const [first, last] = wholeSourceRun(doc, ...throughRelativeClause(doc, run, cue), cue);
  return withoutOtherCues(doc, trimSource(doc, first, last, cue.first, cue.last), cue, isCue);
}

/**
 * The source of a cue that shares its clause's subject ("US troops fired, saying ...", "The
 * mayor spoke to reporters, adding ..."): the labelled run up to that clause's verb, widened
 * to the sentence's subject when that holds it; the subject when nothing is labelled.
 */
function participleSource(doc: ExtractDocument, cue: CueRange, labelled: number[], isCue: Uint8Array): [number, number] | null {
  const subject = subjectOfParticiple(doc, cue.first) ?? sentenceSubject(doc, cue.first);
  // What follows the participle is its object ("..., referring to [the party's convention]"), never who speaks.
  const run = sourceOf(doc, cue, subject ? labelled.filter((t) => t < cue.first) : labelled, isCue);
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

// One word that cannot name a speaker: an adverb ("recently put it", "together vowed"). A possessive
// can ("his warning", "her remark").
const notAName = /^(?:together|[a-z]+ly)$/;

/** Whether a source is one word that names nobody, left by the model beside its cue. */
function namesNobody(doc: ExtractDocument, [first, last]: [number, number]): boolean {
  return last - first === 1 && notAName.test(doc.tokens[first].text);
}

/**
 * Whether a source misses the subject a clause keeps from the cue: there is none, it lies inside
 * that clause ("which [the rebels] also blamed"), or it stops at the clause's pronoun ("A doctor, who").
 */
function missesSubject(doc: ExtractDocument, source: [number, number] | null, { subject, clauseOpen }: InterruptedSubject): boolean {
  if (source === null) return true;
  return (source[0] > clauseOpen && source[0] < subject[1]) || /^(?:who|which|whom|whose)$/.test(doc.tokens[source[1] - 1].lower);
}

/**
 * The source of a cue as tokens `[first, last)`, from the tokens the role model labelled: the
 * nearest labelled run made whole and trimmed, the subject a participle shares, the whole subject
 * before a citing clause, the noun a publishing participle describes, the subject a clause set off by
 * commas keeps from the cue when the labelled run does not open it, or, when the model labelled none,
 * the noun phrase right before the cue or the subject whose purpose the cue is ("called a news
 * conference to announce"); null when none.
 */
export function chooseSource(doc: ExtractDocument, cue: CueRange, labelled: number[], isCue: Uint8Array): [number, number] | null {
  if (sharesSubject(doc, cue.first)) return participleSource(doc, cue, labelled, isCue);
  const opening = subjectAfterOpeningParticiple(doc, cue);
  if (opening) return opening;
  const named = widestSource(sourceOf(doc, cue, labelled, isCue), sourceBeforeCiting(doc, cue.first));
  const widest = widestSource(named, subjectOfReducedRelative(doc, cue));
  const source = widest && namesNobody(doc, widest) ? null : widest;
  const interrupted = isAgentlessPassive(doc, cue.first, cue.last) ? null : subjectBeforeInsertedClause(doc, cue);
  if (interrupted && missesSubject(doc, source, interrupted)) return interrupted.subject;
  if (source) return source;
  const subject = subjectBeforeCue(doc, cue) ?? purposeSubject(doc, cue, isCue);
  return subject && trimSource(doc, subject[0], subject[1], cue.first, cue.last);
}
