// Hashtags and handles are often one run of lowercase letters ("#tentcity",
// "#fyrefestival"); the words inside them are the claim's words. The index's
// own vocabulary says which pieces are words, so no dictionary is shipped.
import { porterStem } from './porter-stemmer';
import { stopwords } from './stopwords';

/** How many indexed documents hold a term (0 when none). */
export type FrequencyOf = (term: string) => number;

const minPiece = 3;
const maxCompound = 40;
/** A joined stopword ("on" in "onassignment") costs as much as a fairly common word. */
const stopwordCost = 4;

interface Split {
  cost: number;
  terms: string[];
}

/** The index term of a piece (as written or stemmed) and its cost, -log of its document share; null for no word. */
function pieceStep(piece: string, frequency: FrequencyOf, documentCount: number): Split | null {
  if (stopwords.has(piece)) return { cost: stopwordCost, terms: [] };
  if (piece.length < minPiece) return null;
  const term = frequency(piece) > 0 ? piece : porterStem(piece);
  const count = frequency(term);
  return count > 0 ? { cost: Math.log(documentCount / count), terms: [term] } : null;
}

/**
 * Splits a lowercase run of letters ("fyrefestival") into at least two index
 * terms the index knows ("fyre", "festiv"), choosing the split whose pieces
 * are most common; joined stopwords are dropped. Returns null when no split
 * covers the whole run with known pieces, or the run is not 6 to 40 letters.
 */
export function splitCompound(run: string, frequency: FrequencyOf, documentCount: number): string[] | null {
  if (run.length < 2 * minPiece || run.length > maxCompound || !/^[a-z]+$/.test(run)) return null;
  const best: Array<Split | null> = [{ cost: 0, terms: [] }];
  for (let end = 1; end <= run.length; end += 1) {
    best[end] = null;
    for (let start = 0; start < end; start += 1) {
      const before = best[start];
      // The whole run as one piece is no split: it is the term the index lacked.
      const step = before && !(start === 0 && end === run.length) ? pieceStep(run.slice(start, end), frequency, documentCount) : null;
      if (!before || !step) continue;
      const current = best[end];
      if (!current || before.cost + step.cost < current.cost) best[end] = { cost: before.cost + step.cost, terms: [...before.terms, ...step.terms] };
    }
  }
  const found = best[run.length];
  return found && found.terms.length > 0 ? found.terms : null;
}
