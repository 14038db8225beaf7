import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';

const determiners = new Set(['the', 'this', 'that', 'these', 'those', 'aforesaid']);
const passiveBe = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
// Verbs after "said to" that make it hearsay about the subject ("said to be", "said to have").
const hearsayVerbs = new Set(['be', 'have', 'hold', 'own', 'contain', 'include', 'know', 'lead', 'number', 'cost', 'exist', 'suffer', 'face', 'involve', 'total', 'stand', 'lie', 'belong']);

// "asked not to be named", "requested anonymity": the formula that hides a source, not a claim.
const anonymityFormula = /^(?:not to be (?:named|identified|quoted)|anonymity|that (?:his|her|their) name)/;

function asksForAnonymity(doc: ExtractDocument, after: number): boolean {
  const next = doc.tokens.slice(after, after + 4).map((token) => token.lower).join(' ');
  return anonymityFormula.test(next);
}

/**
 * True when a cue only asks for anonymity ("a resident who asked not to be named"), or a "said" cue is not reporting speech: "the said agreement" (a determiner
 * before it) or "is said to be" / "said to have" (hearsay about the subject, no speaker).
 */
export function isNotACue(doc: ExtractDocument, cue: CueRange): boolean {
  if (asksForAnonymity(doc, cue.last)) return true;
  const said = cue.last - 1;
  if (doc.tokens[said].lower !== 'said') return false;
  const before = doc.tokens[said - 1]?.lower ?? '';
  const after = doc.tokens[said + 1]?.lower ?? '';
  const verb = doc.tokens[said + 2]?.lower ?? '';
  return determiners.has(before) || (after === 'to' && (passiveBe.has(before) || hearsayVerbs.has(verb)));
}
