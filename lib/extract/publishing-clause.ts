import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';

// Participles that say where or how a statement came out: "in a statement [carried by the state news agency] that".
const publishingParticiples = /^(?:carried|published|posted|released|issued|broadcast|aired|distributed|circulated|sent|shared|read|quoted|reported|seen|obtained|cited)$/;
// How far "that" may stand past the participle: the clause names an outlet, a place or a time.
const maxClause = 10;

/**
 * Where a claim starts when it opens on a clause that says how the statement came out ("said in
 * a statement [carried by the state news agency] that its forces ..."): at the "that" that ends
 * the clause. `first` otherwise, and when no "that" closes it within a few words.
 */
export function pastPublishingClause(doc: ExtractDocument, cue: CueRange, first: number, last: number): number {
  if (first !== cue.last || !publishingParticiples.test(doc.tokens[first]?.lower ?? '')) return first;
  for (let t = first + 1; t < Math.min(last, first + maxClause); t++) {
    const word = doc.tokens[t].lower;
    if (word === 'that') return t;
    if (/^[.;:!?]$/.test(word) || doc.quotes[t] >= 0) return first;
  }
  return first;
}
