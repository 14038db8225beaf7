import type { ExtractDocument } from './document';
import { abbreviatedTitles } from './titles';
import { isVerb } from './shared-subject';
import { personRelatives, relativeOpeners } from './relative-pronouns';

// Titles written with a dot that open a name: "Sen. Ann Poe", "Reps. Lee and Hart".
// A dotted abbreviation ("S.E.C", "D-N.J", "U.S"), an initial ("G"), or a short capitalised abbreviation ("Va", "Mass", "Jr").
const dottedAbbreviation = /^(?:\p{Lu}-)?\p{Lu}(?:\.\p{Lu}){1,4}$|^\p{Lu}$/u;
const shortAbbreviation = /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Jr|Sr|Inc|Corp|Co|Ltd|Bros)$/;
// A party and state label inside brackets: "D", "R-Ga.", "D-N.C.", "I-Vt.", "Vt.", or an acronym "AROS".
const labelWord = /^(?:\p{Lu}{1,6}|\p{Lu}-\p{Lu}[\p{L}.]{0,10}|\p{Lu}[\p{Ll}]{1,5})$/u;
const maxLabel = 6;

/** True when the "." at token `i` ends an abbreviation ("S.E.C.", "Va.", "Jr.") rather than only a sentence. */
export function endsAbbreviation(doc: ExtractDocument, i: number): boolean {
  const before = doc.tokens[i - 1];
  if (doc.tokens[i]?.text !== '.' || !before || before.end !== doc.tokens[i].start) return false;
  return dottedAbbreviation.test(before.text) || shortAbbreviation.test(before.text) || abbreviatedTitles.has(before.lower);
}

/**
 * The end of a party or name label in brackets right after token `last - 1` ("Sen. Ann Poe
 * (D-Ore.)", "the Alliance for Clean Rivers (ACR)"): the token after ")", or `last` when
 * none follows. The label belongs to the name it qualifies.
 */
export function pastNameLabel(doc: ExtractDocument, last: number, limit: number): number {
  if (doc.tokens[last]?.text !== '(' || !/^\p{Lu}/u.test(doc.tokens[last - 1].text)) return last;
  for (let i = last + 1; i < Math.min(limit, last + 2 + maxLabel); i++) {
    const word = doc.tokens[i].text;
    if (word === ')') return i > last + 1 ? i + 1 : last;
    if (word !== '.' && !labelWord.test(word)) return last;
  }
  return last;
}

/**
 * The start of a title before a name when the run begins after the title's dot ("Sen." of
 * "Sen. Ann Poe"), or `first` unchanged.
 */
export function withTitle(doc: ExtractDocument, first: number, floor: number): number {
  const title = first - 2;
  return title >= floor && doc.tokens[first - 1].text === '.' && abbreviatedTitles.has(doc.tokens[title].lower) ? title : first;
}

/**
 * The end of a name the run stops inside ("whom Mr" of "whom Mr. Obama recruited", "the
 * Department of Environmental" before "Protection"): past the title's dot and the capitalised
 * words that follow, up to `limit`; `last` when the run ends on no capitalised word.
 */
export function pastNameEnd(doc: ExtractDocument, last: number, limit: number): number {
  if (!/^\p{Lu}/u.test(doc.tokens[last - 1].text)) return last;
  let end = last;
  while (end < limit && end - last < 6 && continuesName(doc, end)) end++;
  return end;
}

/** Whether token `i` goes on with a name: a capitalised word, or an abbreviation's dot that does not also end the sentence ("said the S.E.C."). */
function continuesName(doc: ExtractDocument, i: number): boolean {
  const word = doc.tokens[i].text;
  if (word !== '.') return /^\p{Lu}[\p{L}’'-]*$/u.test(word);
  return endsAbbreviation(doc, i) && i + 1 < doc.sentences[doc.sentenceOf[i]].last;
}

// What an apposition opens with: "a nurse", "the former minister", "her opponent", "R-Ky.".
const appositionOpener = /^(?:a|an|the|his|her|its|their|\p{Lu}-\p{Lu}[\p{L}.]*|[\p{L}]+['’]s)$/u;
const maxApposition = 14;

/** The closing comma of an apposition that opens with the comma at `comma`, or -1: no verb or clause word inside, and no list after it. */
function appositionEnd(doc: ExtractDocument, comma: number, limit: number): number {
  if (doc.tokens[comma]?.text !== ',' || !appositionOpener.test(doc.tokens[comma + 1]?.text ?? '')) return -1;
  for (let i = comma + 2; i < Math.min(limit, comma + 2 + maxApposition); i++) {
    const word = doc.tokens[i];
    if (word.text === ',') return /^(?:and|or|who|which|whose)$/.test(doc.tokens[i + 1]?.lower ?? '') ? -1 : i + 1;
    if (doc.quotes[i] >= 0 || /^(?:who|which|that|says|will|would)$/.test(word.lower) || isVerb(word.text)) return -1;
  }
  return -1;
}

/**
 * A name's apposition between commas right after the run ("Rendell, a Clinton surrogate,
 * said"; "Lee, her opponent, said"): the end past its closing comma, or `last` when the run
 * does not end on a name or no apposition follows. `limit` bounds the search (the cue).
 */
export function pastApposition(doc: ExtractDocument, last: number, limit: number): number {
  if (!/^(?:\p{Lu}|\)$)/u.test(doc.tokens[last - 1].text)) return last;
  const end = appositionEnd(doc, last, limit);
  return end > 0 ? end : last;
}

const sentenceEndMarks = /^[.!?"”’']$/;
// The clause describing the speaker runs on over commas (", a conservative group", ", and has backed ..."),
// up to a mark that closes it or a comma before another clause (", and Tom Hart agreed", ", as workers gathered").
const clauseEndMarks = /^[;:()—–―]$/;
const otherClauseOpeners = /^(?:as|while|when|whereas|after|before|because|since|but|although|though)$/;
const newSubjectStart = /^(?:\p{Lu}.*|the|a|an|his|her|their|its|he|she|they|it|we|i)$/u;

/** Whether a clause describing a speaker ends at token `i`: a closing mark, or a comma before another clause. */
function endsDescription(doc: ExtractDocument, i: number): boolean {
  if (clauseEndMarks.test(doc.tokens[i].text)) return true;
  if (doc.tokens[i].text !== ',') return false;
  const next = doc.tokens[i + 1]?.lower ?? '';
  return otherClauseOpeners.test(next) || (next === 'and' && newSubjectStart.test(doc.tokens[i + 2]?.text ?? ''));
}
const maxDescription = 25;

/**
 * The end of a source after its cue that holds a clause describing the speaker ("said Ann
 * Poe, a lawyer who has worked on the case for years."): the sentence's end or the comma
 * before another clause, so a run cut inside the clause is completed and a run past it ("..., and
 * Tom Hart agreed") is cut back. Applies when "who" follows the name's first two words and
 * what is added holds no quotation and no "that" (a claim of the speaker's own); `last`
 * otherwise.
 */
export function pastDescription(doc: ExtractDocument, first: number, last: number, cueLast: number): number {
  if (first < cueLast) return last;
  let relative = -1;
  for (let i = first + 2; i < last && relative < 0; i++) if (personRelatives.has(doc.tokens[i].lower)) relative = i;
  if (relative < 0) return last;
  let end = doc.sentences[doc.sentenceOf[first]].last;
  for (let i = end - 1; i > relative; i--) if (endsDescription(doc, i)) end = i;
  while (end > last && sentenceEndMarks.test(doc.tokens[end - 1].text)) end--;
  if (end <= last) return end;
  if (end - last > maxDescription) return last;
  for (let i = last; i < end; i++) if (doc.quotes[i] >= 0 || doc.tokens[i].lower === 'that') return last;
  return end;
}

const maxClauseRest = 8;

/**
 * A run before its cue that stops inside the relative clause describing the subject ("the
 * people who live [near the dam] still disagree"): the cue's first token, so the clause is
 * whole (trimming then drops "still"), when only plain words lie between; `last` otherwise.
 */
export function throughRelativeClause(doc: ExtractDocument, first: number, last: number, cueFirst: number): number {
  if (last >= cueFirst || cueFirst - last > maxClauseRest) return last;
  let relative = false;
  for (let i = first + 1; i < last; i++) relative ||= relativeOpeners.has(doc.tokens[i].lower);
  if (!relative) return last;
  for (let i = last; i < cueFirst; i++) if (/^[,;:()"“”—–―-]$/.test(doc.tokens[i].text) || doc.quotes[i] >= 0) return last;
  return cueFirst;
}
