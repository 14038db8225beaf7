/** A word, number or punctuation mark with its place in the text (JavaScript string indices). */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
}

// Words keep inner apostrophes, hyphens and dots ("doesn't", "al-Hasakah", "U.S"); each joiner must be
// followed by a letter or digit, so the inner loop never competes with the outer one (linear time).
// Words are cut at 64 characters so a hostile run without spaces cannot make one huge token.
const tokenPattern = /[\p{L}\p{N}_@#]{1,64}(?:['’.\-][\p{L}\p{N}]{1,64}){0,8}|[^\s\p{L}\p{N}_@#]/gu;

/**
 * Splits a text into tokens in one linear pass. Whitespace is dropped; every other
 * character belongs to exactly one token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
    const value = match[0];
    tokens.push({ start: match.index, end: match.index + value.length, text: value, lower: value.toLowerCase() });
  }
  return tokens;
}

// Module-level patterns: a literal inside a function builds a new RegExp object at every call.
const wordCharacter = /[\p{L}\p{N}_@#]/u;

/** True when the token is a single punctuation mark (including quote marks). */
export function isPunctuation(token: Token): boolean {
  return token.text.length === 1 && !wordCharacter.test(token.text);
}
