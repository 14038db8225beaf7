import { readDocument, type ExtractDocument } from './document';

// Two apostrophes side by side stand for a double quotation mark in some newspaper archives
// (''Like this,'' he said). Opening or closing, by what comes before them.
const doubledApostrophe = /''/g;
const opensBefore = /[\s([{—–-]/u;
// U+FEFF counts as whitespace for the tokeniser, so it fills the second character without making a token.
const filler = '\uFEFF';

/**
 * The text with each pair of apostrophes written as one straight double quotation mark and a
 * zero-width filler (on the side away from the quoted words), so the quotation is found like any
 * other while every character keeps its index.
 */
export function quotesForApostrophes(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(doubledApostrophe, (_pair, at: number) => (at === 0 || opensBefore.test(text[at - 1]) ? `${filler}"` : `"${filler}`));
}

/**
 * Reads a text as readDocument does, with each pair of apostrophes read as a double quotation
 * mark whose token spans both apostrophes; the document's text stays the text as given.
 */
export function readQuotedDocument(text: string): ExtractDocument {
  const read = quotesForApostrophes(text);
  const doc = readDocument(read);
  if (read === text) return doc;
  for (const token of doc.tokens) {
    if (token.text !== '"' || text[token.start] !== "'") continue;
    if (read[token.start - 1] === filler) token.start--;
    else token.end++;
  }
  return { ...doc, text };
}
