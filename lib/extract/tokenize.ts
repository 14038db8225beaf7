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
// Sticky: tried only where a token starts, and by test(), which builds no match array per token.
// A number keeps its thousands separators ("10,000", "5,000-word"): its commas never end a clause.
const tokenPattern = /\p{Nd}{1,3}(?:,\p{Nd}{3}){1,8}(?![\p{L}\p{N}_@#])(?:[.\-][\p{L}\p{N}]{1,64}){0,8}|[\p{L}\p{N}_@#]{1,64}(?:['’.\-][\p{L}\p{N}]{1,64}){0,8}|[^\s\p{L}\p{N}_@#]/uy;

/** True for a UTF-16 code unit that `\s` matches (ECMAScript's white space and line terminators). */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x2000) return code === 0xa0 || code === 0x1680;
  return code <= 0x200a || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Splits a text into tokens in one linear pass. Whitespace is dropped; every other
 * character belongs to exactly one token.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let start = 0;
  while (start < text.length) {
    if (isSpace(text.charCodeAt(start))) {
      start++;
      continue;
    }
    // Any character but a space starts a token: a word, or one mark on its own.
    tokenPattern.lastIndex = start;
    const end = tokenPattern.test(text) ? tokenPattern.lastIndex : start + 1;
    const value = text.slice(start, end);
    tokens.push({ start, end, text: value, lower: value.toLowerCase() });
    start = end;
  }
  return tokens;
}

// Module-level patterns: a literal inside a function builds a new RegExp object at every call.
const wordCharacter = /[\p{L}\p{N}_@#]/u;

/** True when the token is a single punctuation mark (including quote marks). */
export function isPunctuation(token: Token): boolean {
  return token.text.length === 1 && !wordCharacter.test(token.text);
}
