import { readDocument, type ExtractDocument } from '../../lib/extract/document';
import type { CueRange } from '../../lib/extract/tag-cues';

/** A text read as a document, with the cue over the first run of tokens spelling `words` (space-separated, as written). */
export function cueAt(text: string, words: string): { doc: ExtractDocument; cue: CueRange } {
  const doc = readDocument(text);
  const wanted = words.split(' ');
  const first = doc.tokens.findIndex((_, i) => wanted.every((word, k) => doc.tokens[i + k]?.text === word));
  if (first < 0) throw new Error(`"${words}" is not in "${text}"`);
  return { doc, cue: { first, last: first + wanted.length } };
}
