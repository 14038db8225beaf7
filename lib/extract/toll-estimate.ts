import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';

const putForms = new Set(['put', 'puts', 'putting', 'placed', 'places', 'placing']);
// "revised the toll to four": a new figure given by the one who revises it.
const revisionForms = new Set(['revised', 'revises', 'raised', 'raises', 'lowered', 'lowers', 'updated', 'updates', 'increased', 'increases', 'reduced', 'reduces', 'cut', 'cuts']);

/** Whether a word revises a figure, as in "raised the death toll to 14". */
export function isFigureRevision(word: string): boolean {
  return revisionForms.has(word.toLowerCase());
}
const determiners = new Set(['the', 'its', 'their', 'his', 'her', 'a']);
const figures = new Set(['toll', 'number', 'figure', 'tally', 'count', 'total', 'estimate']);
const figureModifiers = new Set(['death', 'casualty', 'final', 'overall', 'civilian', 'official']);

/**
 * The cue of an estimate given as "put the toll at" or "revised the toll to": the verb of
 * "rescuers put the death toll at 20", "the ministry placed the number of dead at 12", "police
 * revised the toll to four" (the figure it gives is the claim).
 * Starts at token `i`; null when none starts there.
 */
export function tollEstimateAt(doc: ExtractDocument, i: number, isCue: Uint8Array): CueRange | null {
  const verb = doc.tokens[i].lower;
  const preposition = putForms.has(verb) ? 'at' : revisionForms.has(verb) ? 'to' : null;
  if (isCue[i] || preposition === null || !determiners.has(doc.tokens[i + 1]?.lower ?? '')) return null;
  let k = i + 2;
  if (figureModifiers.has(doc.tokens[k]?.lower ?? '')) k++;
  if (!figures.has(doc.tokens[k]?.lower ?? '')) return null;
  // "the number of dead at 12": a short "of" phrase may name what is counted.
  for (let end = k + 1; end < Math.min(doc.tokens.length, k + 6); end++) {
    if (doc.tokens[end].lower === preposition) return { first: i, last: i + 1 };
    if (/^[.,;:!?]$/.test(doc.tokens[end].text)) return null;
  }
  return null;
}
