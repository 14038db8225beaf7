/** A word, number or punctuation mark with its place in the text. */
export interface Token {
  text: string;
  /** Lower case with curly apostrophes made straight. */
  lower: string;
  start: number;
  end: number;
}

// Words may hold inner apostrophes or hyphens ("didn't", "small-arms", "al-Hasakah");
// numbers may hold separators ("1,200"). Each alternative is a single bounded run: linear time.
const tokenPattern = /[\p{L}][\p{L}\p{M}'’-]{0,60}|\d[\d,.]{0,20}|[^\s\p{L}\d]/gu;

/** Splits a text into tokens (words, numbers, single punctuation marks), in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const raw = match[0].replace(/[-'’.,]+$/u, '') || match[0];
    const start = match.index;
    tokens.push({ text: raw, lower: raw.toLowerCase().replace(/’/g, "'"), start, end: start + raw.length });
  }
  return tokens;
}

/** The original words from token `from` to token `to` inclusive. */
export function quote(text: string, tokens: Token[], from: number, to: number): string {
  const first = tokens[Math.max(0, from)];
  const last = tokens[Math.min(tokens.length - 1, to)];
  if (!first || !last) return '';
  return text.slice(first.start, last.end);
}

const clauseBreaks = new Set(['.', ';', ':', '!', '?', '"', '“', '”', '(', ')']);

/** True for punctuation that ends a clause, where a scope or a phrase stops. */
export function isClauseBreak(token: Token): boolean {
  return clauseBreaks.has(token.text);
}

/** True when the token starts with a capital letter. */
export function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}
