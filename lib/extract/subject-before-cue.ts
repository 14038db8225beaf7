import { isClauseWord, reportingVerbs } from './clause-parts';
import { afterDateline } from './dateline';
import type { ExtractDocument } from './document';
import { isVerb } from './shared-subject';
import type { CueRange } from './tag-cues';

// Auxiliaries and adverbs between a subject and its verb: "the parties involved have offered".
const verbGroup = /^(?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|also|never|not|only|[a-z]{3,}ly)$/;
const subjectOpener = /^(?:the|a|an|its|their|his|her|both|several|some|many|two|three|four|five|\p{Lu}.*)$/u;
const longestSubject = 6;
// "Trump appeared to ...", "the plan seems ...": a hedge is the writer's reading, and its subject is who it is about.
const hedgeVerbs = /^(?:seems?|seemed|seemingly|appears?|appeared|reportedly|allegedly|apparently|purportedly|came|known)$/;
// Sentence openers that are no subject: "Now Melania seems", "Nor is it clear", "By Trump's own admission".
const notSubjects = /^(?:now|nor|by|there|here|what|so|yet|then|thus|still)$/;
// A passive's subject is what the words are about, not who spoke: "was widely ridiculed for".
const passiveBe = /^(?:is|was|are|were|been|being|be)$/;

/**
 * A word that may stand in a subject ending before token `end`: no verb ("unleashed", "says"),
 * no quotation, no mark; a participle only as the subject's last word ("the parties involved").
 */
function nounPhraseWord(doc: ExtractDocument, t: number, end: number): boolean {
  const { text, lower } = doc.tokens[t];
  if (!/^[\p{L}'’-]+$/u.test(text) || doc.quotes[t] >= 0 || reportingVerbs.has(lower) || verbGroup.test(lower) || /^[a-z]+ing$/.test(lower)) return false;
  return !isVerb(lower) || (t === end - 1 && /^[a-z]+ed$/.test(lower));
}

/**
 * The noun phrase standing right before a finite cue and after the comma or opening that starts
 * its clause: "..., the parties involved have offered accounts" -> "the parties involved". For a
 * cue the role model gave no source. Null when the words before are no such phrase (a participle
 * cue, a quotation, a clause word between).
 */
export function subjectBeforeCue(doc: ExtractDocument, cue: CueRange): [number, number] | null {
  const verb = doc.tokens[cue.first].lower;
  if (verb.endsWith('ing') || verb === 'to' || hedgeVerbs.test(verb)) return null;
  const floor = afterDateline(doc, doc.sentences[doc.sentenceOf[cue.first]].first, cue.first);
  let last = cue.first;
  while (last > floor && cue.first - last < 3 && verbGroup.test(doc.tokens[last - 1].lower)) last--;
  for (let t = last; t <= cue.first && t < cue.last; t++) if (passiveBe.test(doc.tokens[t].lower)) return null;
  let first = last;
  while (first > floor && last - first < longestSubject && nounPhraseWord(doc, first - 1, last)) first--;
  const opensClause = first === floor || doc.tokens[first - 1].text === ',';
  const opener = doc.tokens[first];
  const subject = subjectOpener.test(opener.text) && !isClauseWord(opener.lower) && !notSubjects.test(opener.lower);
  return last > first && opensClause && subject ? [first, last] : null;
}
