import type { ExtractDocument } from './document';

// Phrases that qualify a figure; the role model may leave their first words out of a claim
// ("said at least 12 died" -> "least 12 died"), which would change the figure's meaning.
const openers = [['at', 'least'], ['at', 'most'], ['as', 'many', 'as'], ['as', 'few', 'as'], ['as', 'much', 'as'], ['no', 'fewer', 'than'], ['no', 'more', 'than']];

/**
 * The start of a claim widened back over the words of a figure's qualifier it cut: from "least
 * 12 died" to "at least 12 died". Never before `floor` (the cue's end); `first` when nothing was cut.
 */
export function withQuantityOpener(doc: ExtractDocument, floor: number, first: number): number {
  for (const words of openers) {
    for (let cut = 1; cut < words.length; cut++) {
      const start = first - cut;
      if (start < floor) break;
      if (words.every((word, k) => doc.tokens[start + k]?.lower === word)) return start;
    }
  }
  return first;
}
