import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';

const possessives = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
// A present or past verb form: what a subject noun is followed by, where a nominal cue is not.
const verbForm = /^[a-z]+(?:s|ed)$/;

/**
 * The cue started at its verb when the model began it on the noun of a possessive subject:
 * "His family disputes that" is the family disputing (source "His family", cue "disputes"),
 * not "His" speaking through "family disputes". A cue that is a noun alone ("his claim that")
 * keeps its noun.
 */
export function pastPossessedSubject(doc: ExtractDocument, cue: CueRange): CueRange {
  if (cue.last - cue.first < 2 || !possessives.has(doc.tokens[cue.first - 1]?.lower ?? '')) return cue;
  if (!/^[a-z]+$/.test(doc.tokens[cue.first].text)) return cue;
  return verbForm.test(doc.tokens[cue.first + 1].lower) ? { first: cue.first + 1, last: cue.last } : cue;
}
