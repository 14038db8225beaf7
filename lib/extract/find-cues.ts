import { attributionModel } from './attribution-model';
import { missedFindingVerbs } from './finding-verb';
import type { ExtractDocument } from './document';
import { isNonProse } from './non-prose';
import { isNotACue } from './not-a-cue';
import { completePhraseCue, findFixedPhrases } from './phrase-cues';
import { splitAtLeadingName } from './leading-name';
import { pastPossessedSubject } from './possessed-subject';
import { atRejectingVerb, missedRejections } from './rejected-claim';
import { withoutReducedRelatives } from './reduced-relative';
import { missedSpeechVerbs, withoutVerbObject } from './speech-verbs';
import { tagCues, type CueRange } from './tag-cues';
import { citesSource, quotedPartyAsSaying } from './via';

const citing = /^(?:citing|quoting)$/;

/** Whether a cue is a citing clause that names a source ("citing local sources"): see citesSource. */
function citesSourceAt(doc: ExtractDocument, cue: CueRange): boolean {
  if (!citing.test(doc.tokens[cue.first].lower)) return false;
  const sentence = doc.sentences[doc.sentenceOf[cue.first]];
  return citesSource(doc, [cue.first, Math.min(sentence.last, cue.first + 12)]);
}

/**
 * "X said, citing local sources": a citing cue that names a source, in a sentence with another
 * cue, is that cue's via. One that gives a reason ("X declined, citing legal risks") is a claim.
 */
function dropCitingBesideCues(doc: ExtractDocument, cues: CueRange[]): CueRange[] {
  const perSentence = new Map<number, number>();
  for (const cue of cues) perSentence.set(doc.sentenceOf[cue.first], (perSentence.get(doc.sentenceOf[cue.first]) ?? 0) + 1);
  return cues.filter((cue) => !citesSourceAt(doc, cue) || perSentence.get(doc.sentenceOf[cue.first]) === 1);
}

function atQuotingVerb(doc: ExtractDocument, cue: CueRange): CueRange {
  for (let t = cue.first; t < cue.last - 2; t++) {
    const quoted = quotedPartyAsSaying(doc, t + 1);
    if (quoted && quoted.wordsFrom <= cue.last + 1) return { first: t, last: t + 1 };
  }
  return cue;
}

/**
 * "According to a statement posted on [its website], ...": a cue the model drew past "according to"
 * into its source is cut back to the phrase, whose source and claim news style fixes.
 */
function accordingToAlone(doc: ExtractDocument, cue: CueRange): CueRange {
  const opens = doc.tokens[cue.first].lower === 'according' && doc.tokens[cue.first + 1]?.lower === 'to';
  return opens && cue.last > cue.first + 2 ? { first: cue.first, last: cue.first + 2 } : cue;
}

/**
 * "X quoted Y as saying": the "as saying" belongs to the quoting cue, Y being its via; a cue the
 * model drew over all of it ("quoted witnesses as saying") is cut back to the quoting verb.
 */
function dropQuotedAsSaying(doc: ExtractDocument, cues: CueRange[]): CueRange[] {
  let within: [number, number] | null = null;
  return cues.map((cue) => atQuotingVerb(doc, cue)).filter((cue) => {
    if (within && cue.first >= within[0] && cue.first < within[1]) return false;
    const quoted = quotedPartyAsSaying(doc, cue.last);
    within = quoted ? [cue.last, quoted.wordsFrom] : within;
    return true;
  });
}

/**
 * The cues of paragraph tokens `[first, last)`: the cue model's, cut before a speech verb's object
 * and completed over fixed phrases ("quoted as saying"), plus speech verbs and fixed phrases it
 * missed, less "the said"/"said to be" and citing or "as saying" clauses that belong to another cue. None in a
 * headline, caption, byline or bio. Marks the cues' tokens in `isCue`.
 */
export function findParagraphCues(doc: ExtractDocument, first: number, last: number, isCue: Uint8Array): CueRange[] {
  if (isNonProse(doc, first, last)) return [];
  const tagged = tagCues(doc, attributionModel.cue, first, last)
    .flatMap((cue) => splitAtLeadingName(doc, pastPossessedSubject(doc, cue)))
    .map((cue) => atRejectingVerb(doc, accordingToAlone(doc, completePhraseCue(doc, withoutVerbObject(doc, cue)))));
  for (const cue of tagged) isCue.fill(1, cue.first, cue.last);
  const missed = [
    ...missedSpeechVerbs(doc, first, last, isCue), ...missedFindingVerbs(doc, first, last, isCue),
    ...missedRejections(doc, first, last, isCue), ...findFixedPhrases(doc, first, last, isCue),
  ];
  // The finders of missed cues may each find the same verb.
  const all = [...tagged, ...missed].sort((a, b) => a.first - b.first).filter((cue, i, sorted) => i === 0 || cue.first !== sorted[i - 1].first);
  const cues = withoutReducedRelatives(doc, dropQuotedAsSaying(doc, dropCitingBesideCues(doc, all.filter((cue) => !isNotACue(doc, cue)))));
  isCue.fill(0, first, last);
  for (const cue of cues) isCue.fill(1, cue.first, cue.last);
  return cues;
}
