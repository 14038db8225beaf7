import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';

// Participles that, after a noun, say how the thing came out rather than who spoke:
// "a clip shared online", "the poll released on Tuesday", "a letter seen by the agency".
const publishing = new Set([
  'shared', 'posted', 'released', 'published', 'obtained', 'filmed', 'circulated', 'leaked', 'uploaded', 'broadcast',
  'aired', 'issued', 'seen', 'reviewed', 'sent', 'written', 'signed', 'dated', 'distributed', 'conducted', 'commissioned',
  'quoted', 'cited', 'attributed',
]);
// "In a message posted on its channel, the group said": the participle's noun sits in an opening adverbial.
const adverbialOpeners = new Set(['in', 'on', 'via', 'through', 'under']);
// What may open the modifier after such a participle: where, when or by whom, never an object.
const modifierOpeners = new Set([
  'by', 'on', 'in', 'at', 'to', 'from', 'over', 'across', 'via', 'with', 'during', 'earlier', 'last', 'this', 'that',
  'late', 'early', 'online', 'overnight', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday',
]);
const functionWords = /^(?:he|she|it|they|we|i|you|who|which|that|has|have|had|was|were|is|are|be|been|being|and|or|but|not|also)$/;
const clauseBreak = /^(?:[,;:()"“”'‘’—–-]|and|but|or)$/;
const reach = 10;

function modifiesNoun(doc: ExtractDocument, participle: number): boolean {
  if (!publishing.has(doc.tokens[participle].lower)) return false;
  const before = doc.tokens[participle - 1];
  if (!before || !/^\p{L}/u.test(before.text) || functionWords.test(before.lower)) return false;
  return modifierOpeners.has(doc.tokens[participle + 1]?.lower ?? '');
}

/** "The statement, posted on the website, read": the participle opens an apposition after its noun. */
function opensApposition(doc: ExtractDocument, participle: number): boolean {
  const noun = doc.tokens[participle - 2];
  if (doc.tokens[participle - 1]?.text !== ',' || !noun || !/^\p{L}/u.test(noun.text) || functionWords.test(noun.lower)) return false;
  return publishing.has(doc.tokens[participle].lower) && modifierOpeners.has(doc.tokens[participle + 1]?.lower ?? '');
}

/** Whether the next cue follows in the same clause, or right after the comma closing an apposition. */
function nextCueInClause(doc: ExtractDocument, cue: CueRange, next: CueRange | undefined, apposition: boolean): boolean {
  if (!next || next.first - cue.last > reach || doc.sentenceOf[next.first] !== doc.sentenceOf[cue.first]) return false;
  const clauseEnd = apposition ? next.first - 1 : next.first;
  if (apposition && doc.tokens[clauseEnd].text !== ',') return false;
  for (let i = cue.last; i < clauseEnd; i++) if (clauseBreak.test(doc.tokens[i].lower)) return false;
  return true;
}

/** Whether the cue sits in the adverbial that opens its sentence and the sentence's cue follows it. */
function inOpeningAdverbial(doc: ExtractDocument, cue: CueRange, next: CueRange | undefined): boolean {
  const sentenceFirst = doc.sentences[doc.sentenceOf[cue.first]].first;
  if (!adverbialOpeners.has(doc.tokens[sentenceFirst].lower) || cue.first - sentenceFirst > 4) return false;
  if (!next || next.first - cue.last > reach || doc.sentenceOf[next.first] !== doc.sentenceOf[cue.first]) return false;
  let commas = 0;
  for (let i = cue.last; i < next.first; i++) if (doc.tokens[i].text === ',') commas++;
  return commas === 1;
}

function onlyModifies(doc: ExtractDocument, cue: CueRange, next: CueRange | undefined): boolean {
  if (cue.last - cue.first > 2) return false;
  if (modifiesNoun(doc, cue.first)) return nextCueInClause(doc, cue, next, false) || inOpeningAdverbial(doc, cue, next);
  return opensApposition(doc, cue.first) && nextCueInClause(doc, cue, next, true);
}

/**
 * Drops a publishing participle that only modifies the noun before it when the clause's own
 * cue follows: in "A clip shared online that afternoon shows soldiers firing" the cue is
 * "shows" and the clip is its source, and in "The statement, posted on the website, read" the
 * cue is "read"; "shared" and "posted" report nothing. So with "In a message posted on its
 * channel, the group said" and "Police sources quoted by local television suggested".
 */
export function withoutReducedRelatives(doc: ExtractDocument, cues: CueRange[]): CueRange[] {
  return cues.filter((cue, i) => !onlyModifies(doc, cue, cues[i + 1]));
}

/**
 * The subject of a cue whose clause opens with a noun and a publishing participle, "A clip
 * shared online that afternoon shows ...": the words from the clause's start to the cue (the
 * participle's modifier stays, as in PolNeAR's sources), or null.
 */
export function reducedRelativeSubject(doc: ExtractDocument, cue: CueRange): [number, number] | null {
  const sentenceFirst = doc.sentences[doc.sentenceOf[cue.first]].first;
  for (let i = cue.first - 1; i > sentenceFirst && cue.first - i <= reach; i--) {
    if (clauseBreak.test(doc.tokens[i].lower)) return null;
    if (!modifiesNoun(doc, i)) continue;
    let start = i - 1;
    while (start > sentenceFirst && !clauseBreak.test(doc.tokens[start - 1].lower)) start--;
    return i - start <= reach ? [start, cue.first] : null;
  }
  return null;
}
