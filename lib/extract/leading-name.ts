import { months, weekdays, wordPattern } from './calendar-words';
import { reportingVerbs } from './clause-parts';
import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';

// A name, with the Arabic article some names carry in lower case ("al-Watan").
const nameWord = /^(?:(?:al|el|ad|as|ash|at|ar|an|az)-)?\p{Lu}/u;
const verbForm = /^[a-z]+(?:s|ed)$/;
// Capitalised words that date a cue rather than name a source: "tweets early Friday saying".
const calendarWords = wordPattern([...weekdays, ...months]);

/** A headline in title case, where every word is capitalised and none marks a name: most of its words are. */
function inTitleCase(doc: ExtractDocument, first: number, last: number): boolean {
  let words = 0;
  let capitalised = 0;
  for (let t = first; t < last; t++) {
    if (!/^\p{L}/u.test(doc.tokens[t].text)) continue;
    words++;
    if (/^\p{Lu}/u.test(doc.tokens[t].text)) capitalised++;
  }
  return words >= 3 && capitalised * 3 > words * 2;
}

/**
 * The cue started at its verb when the model began it on the source's name: "The pro-government
 * daily al-Watan reported" has the cue "reported" and the source "The pro-government daily
 * al-Watan". The verb must follow the name directly; a name at the sentence's start is left
 * alone. When a reporting verb opens the part cut off, it is a cue of its own: "says Machado
 * promised" is "says" and "promised". A cue begun on a lower-case head noun ("ministry denied")
 * or on a contracted pronoun ("He’s claiming") starts at its verb too.
 */
export function splitAtLeadingName(doc: ExtractDocument, cue: CueRange): CueRange[] {
  if (cue.last - cue.first < 2) return [cue];
  const sentence = doc.sentences[doc.sentenceOf[cue.first]];
  for (let k = cue.last - 2; k >= cue.first; k--) {
    if (k === sentence.first || !nameWord.test(doc.tokens[k].text) || calendarWords.test(doc.tokens[k].lower)) continue;
    const verb = doc.tokens[k + 1].lower;
    // Checked last, as it reads the whole sentence: most cues hold no capital at all.
    if ((!reportingVerbs.has(verb) && !verbForm.test(verb)) || inTitleCase(doc, sentence.first, sentence.last)) return [cue];
    const rest = { first: k + 1, last: cue.last };
    return reportingVerbs.has(doc.tokens[cue.first].lower) && cue.first < k ? [{ first: cue.first, last: cue.first + 1 }, rest] : [rest];
  }
  return [pastLeadingNoun(doc, pastContractedPronoun(doc, cue))];
}

// A subject pronoun fused with its auxiliary: "He’s claiming", "They'll say", "I'm told". Not "It’s": "It’s
// alleged that" names nobody.
const contractedPronoun = /^(?:he|she|they|we|i|you)['’](?:s|re|ll|ve|d|m)$/i;

/** The cue started after a contracted subject pronoun the model took into it: "He’s claiming" is "claiming", its source "He’s". */
function pastContractedPronoun(doc: ExtractDocument, cue: CueRange): CueRange {
  return cue.last - cue.first >= 2 && contractedPronoun.test(doc.tokens[cue.first].text) ? { first: cue.first + 1, last: cue.last } : cue;
}

// Words that may stand before a reporting verb inside its cue: auxiliaries, negations and adverbs ("has said", "never denied").
const verbCompanions = /^(?:has|have|had|is|was|are|were|will|would|could|can|may|might|must|should|did|does|do|not|never|also|then|later|again|still|ever|once|first|already|only|further|earlier|previously|often|now|sometimes|always|just|even|soon|twice|yet|[a-z]+ly|[a-z]+ed|[a-z]+n['’]t)$/;

// The most words of a capitalised subject the model may take into a cue: "State television reported".
const maxSubjectWords = 3;
const plainWord = /^[a-z][a-z-]*$/;
const capitalisedWord = /^\p{Lu}[a-z-]*$/u;

/** Whether token `t` of a cue may be a word of its subject: not an auxiliary, adverb or reporting verb of the cue. */
function subjectWordAt(doc: ExtractDocument, t: number): boolean {
  const { text, lower } = doc.tokens[t];
  return (plainWord.test(text) || capitalisedWord.test(text)) && !verbCompanions.test(lower) && !/ing$/.test(lower);
}

/**
 * The cue started at its verb when the model began it on its subject: "The defence ministry
 * denied" has the cue "denied" and the source "The defence ministry"; "State television
 * reported" has the cue "reported". One lower-case word right before a reporting verb counts, or
 * up to three words when the cue opens on a capital (which may spell a verb: "State"), never an
 * auxiliary or adverb of the verb, nor a capital in a title-case headline ("Mayor Says").
 */
function pastLeadingNoun(doc: ExtractDocument, cue: CueRange): CueRange {
  const capitalised = capitalisedWord.test(doc.tokens[cue.first].text);
  const most = capitalised ? maxSubjectWords : 1;
  const isVerbOfCue = (t: number) => reportingVerbs.has(doc.tokens[t].lower) && !(t === cue.first && capitalised);
  let verb = cue.first;
  while (verb < cue.last - 1 && verb - cue.first < most && subjectWordAt(doc, verb) && !isVerbOfCue(verb)) verb++;
  if (verb === cue.first || !reportingVerbs.has(doc.tokens[verb].lower)) return cue;
  const sentence = doc.sentences[doc.sentenceOf[cue.first]];
  return capitalised && inTitleCase(doc, sentence.first, sentence.last) ? cue : { first: verb, last: cue.last };
}
