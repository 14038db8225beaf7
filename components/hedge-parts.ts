/** A run of a claim's text, flagged when it is one of the speaker's hedging words. */
export interface TextPart {
  text: string;
  hedge: boolean;
}

const wordChar = /[\p{L}\p{N}]/u;

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && wordChar.test(char);
}

/** Where `word` next stands as a whole word ("may" but not inside "mayor"), or -1. */
function wholeWordAt(lower: string, word: string, from: number): number {
  for (let at = lower.indexOf(word, from); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (!isWordChar(lower[at - 1]) && !isWordChar(lower[at + word.length])) return at;
  }
  return -1;
}

function firstHedgeAt(lower: string, hedges: readonly string[], from: number): { start: number; end: number } | null {
  let best: { start: number; end: number } | null = null;
  for (const hedge of hedges) {
    const at = wholeWordAt(lower, hedge, from);
    if (at >= 0 && (best === null || at < best.start || (at === best.start && at + hedge.length > best.end))) {
      best = { start: at, end: at + hedge.length };
    }
  }
  return best;
}

/**
 * Cuts `text` into plain runs and hedge runs ("reportedly", "appeared to"),
 * matching case-insensitively, earliest and then longest first, never overlapping.
 * Uses plain string search so hostile page text cannot slow it down.
 */
export function splitHedges(text: string, hedges: readonly string[]): TextPart[] {
  const wanted = hedges.map((hedge) => hedge.trim().toLowerCase()).filter((hedge) => hedge.length > 0);
  const lower = text.toLowerCase();
  // A few letters change length when lower-cased ("İ"); offsets would drift, so mark nothing.
  if (lower.length !== text.length) return [{ text, hedge: false }];
  const parts: TextPart[] = [];
  let from = 0;
  for (let found = firstHedgeAt(lower, wanted, 0); found; found = firstHedgeAt(lower, wanted, from)) {
    if (found.start > from) parts.push({ text: text.slice(from, found.start), hedge: false });
    parts.push({ text: text.slice(found.start, found.end), hedge: true });
    from = found.end;
  }
  if (from < text.length) parts.push({ text: text.slice(from), hedge: false });
  return parts;
}
