import type { ExtractDocument } from './document';

const dashes = new Set(['—', '–', '―', '-']);

/** Where an embedded post's signature sits: the dash, the author's name and the handle. */
export interface PostSignature {
  dash: number;
  authorFirst: number;
  authorLast: number;
  handle: number;
}

/**
 * Finds the signature of an embedded social-media post in paragraph tokens `[first, last)`:
 * "— Name (@handle) Month D, YYYY" after the post's text. The author is the speaker.
 * The signature may open its own paragraph, when the post's text is the paragraph before.
 * Returns null when the paragraph has no such signature.
 */
export function findPostSignature(doc: ExtractDocument, first: number, last: number): PostSignature | null {
  for (let handle = last - 1; handle > first + 2 && handle >= last - 12; handle--) {
    const token = doc.tokens[handle];
    if (!token.text.startsWith('@') || doc.tokens[handle - 1].text !== '(') continue;
    let dash = handle - 2;
    while (dash > first && dash >= handle - 12 && !dashes.has(doc.tokens[dash].text)) dash--;
    if (dashes.has(doc.tokens[dash].text) && dash < handle - 2) return { dash, authorFirst: dash + 1, authorLast: handle - 1, handle };
  }
  return null;
}
