import type { Token } from './tokenize';

const opening = new Set(['“', '«', '„']);
const closing = new Set(['”', '»']);

function opensStraightQuote(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const gap = tokens[i].start > tokens[i - 1].end;
  const next = tokens[i + 1];
  const tightToNext = next !== undefined && next.start === tokens[i].end;
  return gap ? tightToNext || text[tokens[i].end] !== ' ' : /[(\[—–-]/.test(tokens[i - 1].text);
}

/**
 * Quote region of each token: the index of the opening mark of the double quotation it sits in
 * (the marks included), or -1 outside quotes. A paragraph that ends inside a quotation carries it
 * on only when the next paragraph opens with a quotation mark, as news style does for long quotes.
 */
export function quoteRegions(text: string, tokens: Token[], paragraphs: number[]): Int32Array {
  const regions = new Int32Array(tokens.length).fill(-1);
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const mark = tokens[i].text;
    if (open >= 0 && i > 0 && paragraphs[i] !== paragraphs[i - 1]) {
      const continues = opening.has(mark) || (mark === '"' && opensStraightQuote(text, tokens, i));
      if (!continues) open = -1;
      else {
        regions[i] = open;
        continue;
      }
    }
    const straightOpen = mark === '"' && open < 0 && opensStraightQuote(text, tokens, i);
    if (open < 0 && (opening.has(mark) || straightOpen)) open = i;
    regions[i] = open;
    if (open >= 0 && open !== i && (closing.has(mark) || mark === '"')) open = -1;
  }
  return regions;
}
