import type { ExtractDocument } from './document';
import type { CueRange } from './tag-cues';

// Words that finish a cue the model may cut short: "quoted [as saying]", "according [to]".
const tails: Array<{ last: string; rest: string[] }> = [
  { last: 'quoted', rest: ['as', 'saying'] },
  { last: 'as', rest: ['saying'] },
  { last: 'according', rest: ['to'] },
  { last: 'in', rest: ['a', 'statement'] },
];

/** The cue widened over the rest of a fixed phrase it starts ("quoted" -> "quoted as saying"). */
export function completePhraseCue(doc: ExtractDocument, cue: CueRange): CueRange {
  const lastWord = doc.tokens[cue.last - 1].lower;
  for (const tail of tails) {
    if (tail.last !== lastWord) continue;
    const matches = tail.rest.every((word, k) => doc.tokens[cue.last + k]?.lower === word);
    if (matches) return { first: cue.first, last: cue.last + tail.rest.length };
  }
  return cue;
}

// Fixed phrases that always attribute, found even where the model misses them.
const fixedPhrases = [['quoted', 'as', 'saying'], ['according', 'to']];

/** Cues for fixed attributing phrases in tokens `[first, last)` not already in `isCue`. */
export function findFixedPhrases(doc: ExtractDocument, first: number, last: number, isCue: Uint8Array): CueRange[] {
  const found: CueRange[] = [];
  for (let i = first; i < last; i++) {
    const phrase = fixedPhrases.find((words) => words.every((word, k) => doc.tokens[i + k]?.lower === word && !isCue[i + k]));
    if (phrase && i + phrase.length <= last) found.push({ first: i, last: i + phrase.length });
  }
  return found;
}
