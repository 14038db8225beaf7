import type { ExtractDocument } from './document';

const sayForms = new Set(['say', 'says', 'said', 'saying', 'claims', 'claimed', 'claim', 'reported', 'reports', 'wrote', 'told']);
const subjectReach = 4;
const clauseEnd = /^(?:[,.;:!?)]|and|but|or|was|is|were|are)$/;

/**
 * True when the cue `[first, last)` only points at someone's words without giving them: "This
 * is what each side says, and where they part ways", "What the army said was false". The
 * verb closes a clause opened by "what" a few words before, so nothing after it is the claim.
 */
export function isFreeRelative(doc: ExtractDocument, first: number, last: number): boolean {
  if (!sayForms.has(doc.tokens[last - 1].lower) || !clauseEnd.test(doc.tokens[last]?.lower ?? '.')) return false;
  for (let i = first - 1; i >= Math.max(0, first - 1 - subjectReach); i--) {
    const word = doc.tokens[i].lower;
    if (word === 'what') return true;
    if (!/^[\p{L}'’-]+$/u.test(word)) return false;
  }
  return false;
}
