import type { ExtractDocument } from './document';
import { afterDateline } from './dateline';
import { subjectAt } from './shared-subject';
import type { CueRange } from './tag-cues';

// What may stand before a participle that opens its sentence: "After thanking the crowd, he ...".
const participleLeads = /^(?:after|before|by|despite|while|when|since|upon|without|in)$/;
// Words in "-ing" that are no participle of the subject's act: "According to X, ...", "Following the raid, ...".
const notParticiples = /^(?:according|following|including|regarding|concerning|during|notwithstanding|pending)$/;
const closingMarks = /^[”"’']$/;
// How far the participle's clause may run before the comma that closes it.
const maxClause = 30;

/**
 * The subject of the main clause when the cue is a participle that opens its sentence
 * ("Criticizing the plan as reckless, [the mayor] ...", "After saying he was nervous, [the man]
 * asked ..."): who does what the participle says. As tokens `[first, last)`, or null when the cue
 * opens no such clause or no subject follows its comma.
 */
export function subjectAfterOpeningParticiple(doc: ExtractDocument, cue: CueRange): [number, number] | null {
  const word = doc.tokens[cue.first].lower;
  if (!/^[a-z]{3,}ing$/.test(word) || notParticiples.test(word)) return null;
  const sentence = doc.sentences[doc.sentenceOf[cue.first]];
  const start = afterDateline(doc, sentence.first, cue.first);
  if (cue.first !== start && !(cue.first === start + 1 && participleLeads.test(doc.tokens[start].lower))) return null;
  for (let i = cue.last; i < Math.min(sentence.last - 1, cue.last + maxClause); i++) {
    if (doc.tokens[i].text !== ',') continue;
    // A comma inside a quotation closes the clause only with the quotation: `Calling it “a crime,” the governor`.
    if (doc.quotes[i] < 0) return subjectAt(doc, i + 1, sentence.last);
    if (closingMarks.test(doc.tokens[i + 1].text) && doc.quotes[i + 1] >= 0) return subjectAt(doc, i + 2, sentence.last);
  }
  return null;
}
